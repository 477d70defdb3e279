import { graphql } from '@forum/web/data-access-graphql';

/** The few best hits the header's search box shows while the reader types. */
export const SearchPreviewQuery = graphql(`
  query SearchPreview($query: String!, $first: Int!) {
    search(query: $query, first: $first) {
      total
      hits {
        title {
          text
          match
        }
        question {
          id
          slug
          state
          language
          product {
            id
            name
          }
        }
        idea {
          id
          voteCount
          product {
            id
            name
          }
        }
      }
    }
  }
`);
