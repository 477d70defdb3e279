import { graphql } from '@forum/web/data-access-graphql';

export const MyFollowsQuery = graphql(`
  query MyFollows($first: Int, $after: String, $targetType: FollowTargetType) {
    myFollows(first: $first, after: $after, targetType: $targetType) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          targetType
          targetId
          title
          path
          followedAt
        }
      }
    }
  }
`);
