import { graphql } from '@forum/web/data-access-graphql';

export const PostAnswerMutation = graphql(`
  mutation PostAnswer($input: PostAnswerInput!) {
    postAnswer(input: $input) {
      id
      questionId
    }
  }
`);
