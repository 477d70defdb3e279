import { graphql } from '@forum/web/data-access-graphql';

export const SignOutEverywhereMutation = graphql(`
  mutation SignOutEverywhere {
    signOutEverywhere
  }
`);
