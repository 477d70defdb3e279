import { graphql } from '@forum/web/data-access-graphql';

export const ResendVerificationEmailMutation = graphql(`
  mutation ResendVerificationEmail {
    resendVerificationEmail
  }
`);
