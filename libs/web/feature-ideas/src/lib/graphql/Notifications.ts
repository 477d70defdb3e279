import { graphql } from '@forum/web/data-access-graphql';

export const NotificationsQuery = graphql(`
  query Notifications {
    notifications(first: 50) {
      edges {
        node {
          id
          payload {
            __typename
            ... on IdeaStatusChangedPayload {
              ideaId
              ideaTitle
              toStatus
            }
            ... on IdeaMergedPayload {
              ideaTitle
              targetId
              targetTitle
            }
            ... on BadgeAwardedPayload {
              badge
              tier
              questionId
              # The status payload's ideaId is never null, this one may be: one name cannot be both.
              earnedByIdeaId: ideaId
            }
            ... on FlagResolvedPayload {
              outcome
              targetKind
              flaggedId: targetId
              flaggedQuestionId: questionId
            }
          }
          createdAt
          readAt
        }
      }
    }
  }
`);
