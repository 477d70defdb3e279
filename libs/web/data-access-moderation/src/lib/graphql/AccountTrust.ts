import { graphql } from '@forum/web/data-access-graphql';

export const TrustAccountMutation = graphql(`
  mutation TrustAccount($input: AccountTrustInput!) {
    trustAccount(input: $input) {
      userId
      trusted
    }
  }
`);

export const UntrustAccountMutation = graphql(`
  mutation UntrustAccount($input: AccountTrustInput!) {
    untrustAccount(input: $input) {
      userId
      trusted
    }
  }
`);
