import { graphql } from '@forum/web/data-access-graphql';

export const SetUserRoleMutation = graphql(`
  mutation SetUserRole($input: SetUserRoleInput!) {
    setUserRole(input: $input) {
      ...PersonFields
    }
  }
`);
