import { graphql } from '@forum/web/data-access-graphql';

export const FlagContentMutation = graphql(`
  mutation FlagContent($input: FlagContentInput!) {
    flagContent(input: $input) {
      id
      targetKind
      targetId
      reason
    }
  }
`);
