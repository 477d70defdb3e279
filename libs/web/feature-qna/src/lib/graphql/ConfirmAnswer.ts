import { graphql } from '@forum/web/data-access-graphql';

export const ConfirmAnswerMutation = graphql(`
  mutation ConfirmAnswer($input: ConfirmAnswerInput!) {
    confirmAnswer(input: $input)
  }
`);
