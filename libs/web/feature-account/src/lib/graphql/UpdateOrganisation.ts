import { graphql } from '@forum/web/data-access-graphql';

export const UpdateOrganisationMutation = graphql(`
  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {
    updateOrganisation(input: $input) {
      ...OrganisationFields
    }
  }
`);
