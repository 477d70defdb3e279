import { graphql } from '@forum/web/data-access-graphql';

/** One page of the search page: hits, and counts per facet value for the page's filters. */
export const SearchQuery = graphql(`
  query Search(
    $query: String!
    $filter: SearchFilter
    $sort: SearchSort!
    $first: Int!
    $after: String
  ) {
    search(query: $query, filter: $filter, sort: $sort, first: $first, after: $after) {
      total
      processingTimeMs
      hits {
        ...SearchHitFields
      }
      facets {
        types {
          value
          count
        }
        ideaStatuses {
          value
          count
        }
        states {
          value
          count
        }
        products {
          value
          count
        }
        tags {
          value
          count
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);
