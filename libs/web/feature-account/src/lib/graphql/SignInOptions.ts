import { graphql } from '@forum/web/data-access-graphql';

export const SignInOptionsQuery = graphql(`
  query SignInOptions {
    signInOptions {
      password
      sso {
        label
        startUrl
      }
    }
  }
`);
