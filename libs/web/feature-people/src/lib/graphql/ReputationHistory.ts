import { graphql } from '@forum/web/data-access-graphql';

export const ReputationHistoryQuery = graphql(`
  query ReputationHistory($userId: ID!, $after: String) {
    reputationHistory(userId: $userId, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          delta
          reason
          action
          questionId
          answerId
          questionTitle
          createdAt
        }
      }
    }
  }
`);
