import { graphql } from '@forum/web/data-access-graphql';

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      id
      displayName
      locale
    }
  }
`);
