import { graphql } from '@forum/web/data-access-graphql';

export const RevokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($input: RevokeApiTokenInput!) {
    revokeApiToken(input: $input) {
      id
      revokedAt
    }
  }
`);
