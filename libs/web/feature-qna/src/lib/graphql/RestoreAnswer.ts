import { graphql } from '@forum/web/data-access-graphql';

export const RestoreAnswerMutation = graphql(`
  mutation RestoreAnswer($input: PostIdInput!) {
    restoreAnswer(input: $input) {
      id
      questionId
    }
  }
`);
