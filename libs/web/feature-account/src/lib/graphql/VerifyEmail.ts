import { graphql } from '@forum/web/data-access-graphql';

export const VerifyEmailMutation = graphql(`
  mutation VerifyEmail($input: VerifyEmailInput!) {
    verifyEmail(input: $input) {
      id
      displayName
      email
      emailVerified
      locale
    }
  }
`);
