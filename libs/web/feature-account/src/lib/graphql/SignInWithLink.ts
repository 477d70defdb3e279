import { graphql } from '@forum/web/data-access-graphql';

export const SignInWithLinkMutation = graphql(`
  mutation SignInWithLink($input: SignInWithLinkInput!) {
    signInWithLink(input: $input) {
      id
      displayName
      locale
    }
  }
`);
