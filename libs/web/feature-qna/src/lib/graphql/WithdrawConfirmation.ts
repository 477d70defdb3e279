import { graphql } from '@forum/web/data-access-graphql';

export const WithdrawConfirmationMutation = graphql(`
  mutation WithdrawConfirmation($input: ConfirmAnswerInput!) {
    withdrawConfirmation(input: $input)
  }
`);
