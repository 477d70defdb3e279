import { graphql } from '@forum/web/data-access-graphql';

/** Only the count: one row is the least the connection returns. */
export const OpenReviewCountQuery = graphql(`
  query OpenReviewCount {
    reviewQueue(first: 1, filter: { status: OPEN }) {
      totalCount
    }
  }
`);
