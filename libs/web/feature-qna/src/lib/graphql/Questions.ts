import { graphql } from '@forum/web/data-access-graphql';

/** One page of the question list; `after` is the previous page's end cursor. */
export const QuestionsQuery = graphql(`
  query Questions($filter: QuestionFilter, $orderBy: QuestionOrder, $first: Int!, $after: String) {
    questions(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          ...QuestionRowFields
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);
