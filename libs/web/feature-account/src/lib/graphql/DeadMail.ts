import { graphql } from '@forum/web/data-access-graphql';

/** One page of mail given up after its retry window, newest first. Admins. */
export const DeadMailQuery = graphql(`
  query DeadMail($first: Int!, $after: String) {
    deadMail(first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          template
          mailClass
          recipient
          locale
          attempts
          lastError
          queuedAt
          lastAttemptAt
          state
          resendable
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);
