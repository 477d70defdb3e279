import { graphql } from '@forum/web/data-access-graphql';

export const UnreadNotificationCountChangedSubscription = graphql(`
  subscription UnreadNotificationCountChanged {
    unreadNotificationCount
  }
`);
