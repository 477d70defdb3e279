import { graphql } from '@forum/web/data-access-graphql';

export const DeleteAnswerMutation = graphql(`
  mutation DeleteAnswer($input: PostIdInput!) {
    deleteAnswer(input: $input)
  }
`);
