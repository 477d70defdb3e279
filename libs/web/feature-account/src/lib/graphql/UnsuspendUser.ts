import { graphql } from '@forum/web/data-access-graphql';

export const UnsuspendUserMutation = graphql(`
  mutation UnsuspendUser($input: UnsuspendUserInput!) {
    unsuspendUser(input: $input) {
      ...PersonFields
    }
  }
`);
