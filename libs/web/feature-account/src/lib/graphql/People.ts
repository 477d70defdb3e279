import { graphql } from '@forum/web/data-access-graphql';

/** One page of people for the admin list; `after` is the previous page's end cursor. */
export const PeopleQuery = graphql(`
  query People($search: String, $role: Role, $first: Int!, $after: String) {
    users(search: $search, role: $role, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...PersonFields
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);
