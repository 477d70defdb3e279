import { graphql } from '@forum/web/data-access-graphql';

export const UnsubscribeTokenInfoQuery = graphql(`
  query UnsubscribeTokenInfo($token: String!) {
    unsubscribeTokenInfo(token: $token) {
      scope
      unsubscribed
    }
  }
`);

export const UnsubscribeMutation = graphql(`
  mutation Unsubscribe($token: String!) {
    unsubscribe(token: $token) {
      scope
      unsubscribed
    }
  }
`);
