import { graphql } from '@forum/web/data-access-graphql';

export const SuspendUserMutation = graphql(`
  mutation SuspendUser($input: SuspendUserInput!) {
    suspendUser(input: $input) {
      ...PersonFields
    }
  }
`);
