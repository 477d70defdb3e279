import { graphql } from '@forum/web/data-access-graphql';

export const IdeasQuery = graphql(`
  query Ideas($filter: IdeaFilter, $orderBy: IdeaOrder, $after: String) {
    ideas(filter: $filter, orderBy: $orderBy, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...IdeaCard
        }
      }
    }
  }
`);
