import { graphql } from '@forum/web/data-access-graphql';

/** The signed-in person's awards, as notifications. */
export const BadgeNotificationsQuery = graphql(`
  query BadgeNotifications {
    badgeNotifications(first: 20) {
      unseenCount
      awards {
        id
        seen
      }
    }
  }
`);

export const MarkBadgeAwardsSeenMutation = graphql(`
  mutation MarkBadgeAwardsSeen($input: MarkBadgeAwardsSeenInput!) {
    markBadgeAwardsSeen(input: $input)
  }
`);
