import { graphql } from '@forum/web/data-access-graphql';

export const EditAnswerMutation = graphql(`
  mutation EditAnswer($input: EditAnswerInput!) {
    editAnswer(input: $input) {
      id
      questionId
      body
      updatedAt
    }
  }
`);
