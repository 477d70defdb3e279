import { graphql } from '@forum/web/data-access-graphql';

export const HealthStatusQuery = graphql(`
  query HealthStatus {
    health {
      status
      version
      uptimeSeconds
      checkedAt
      database {
        ...DependencyStatusRowFields
      }
      search {
        ...DependencyStatusRowFields
      }
      jobs {
        ...DependencyStatusRowFields
      }
    }
  }
`);
