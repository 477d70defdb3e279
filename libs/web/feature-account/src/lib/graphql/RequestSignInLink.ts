import { graphql } from '@forum/web/data-access-graphql';

export const RequestSignInLinkMutation = graphql(`
  mutation RequestSignInLink($input: RequestSignInLinkInput!) {
    requestSignInLink(input: $input)
  }
`);
