import { graphql } from '@forum/web/data-access-graphql';

export const NotificationsQuery = graphql(`
  query Notifications {
    notifications(first: 50) {
      edges {
        node {
          id
          kind
          payload
          createdAt
          readAt
        }
      }
    }
  }
`);
