import { graphql } from '@forum/web/data-access-graphql';

export const DeleteQuestionMutation = graphql(`
  mutation DeleteQuestion($input: PostIdInput!) {
    deleteQuestion(input: $input)
  }
`);
