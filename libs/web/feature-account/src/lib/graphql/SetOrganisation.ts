import { graphql } from '@forum/web/data-access-graphql';

export const SetOrganisationMutation = graphql(`
  mutation SetOrganisation($input: SetOrganisationInput!) {
    setOrganisation(input: $input) {
      ...PersonFields
    }
  }
`);
