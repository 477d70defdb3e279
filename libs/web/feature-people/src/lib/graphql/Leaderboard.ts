import { graphql } from '@forum/web/data-access-graphql';

export const LeaderboardQuery = graphql(`
  query Leaderboard($productId: ID, $period: LeaderboardPeriod!) {
    leaderboard(productId: $productId, period: $period, first: 50) {
      rank
      points
      user {
        id
        displayName
        isStaff
        staffTitle
        isDeleted
      }
    }
  }
`);

/** The product areas to choose from. */
export const LeaderboardProductsQuery = graphql(`
  query LeaderboardProducts {
    products {
      id
      name
    }
  }
`);
