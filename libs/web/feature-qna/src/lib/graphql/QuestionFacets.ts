import { graphql } from '@forum/web/data-access-graphql';

/** How many questions each filter value would show, given the other filters. */
export const QuestionFacetsQuery = graphql(`
  query QuestionFacets($filter: QuestionFilter) {
    questionFacets(filter: $filter) {
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
  }
`);
