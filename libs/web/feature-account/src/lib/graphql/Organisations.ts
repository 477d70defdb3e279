import { graphql } from '@forum/web/data-access-graphql';

export const OrganisationsQuery = graphql(`
  query Organisations {
    organisations {
      ...OrganisationFields
    }
  }
`);
