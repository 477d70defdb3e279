import { graphql } from '@forum/web/data-access-graphql';

export const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      id
      displayName
      locale
    }
  }
`);
