import { graphql } from '@forum/web/data-access-graphql';

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);
