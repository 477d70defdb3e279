import { graphql } from '@forum/web/data-access-graphql';

export const NotificationsQuery = graphql(`
  query Notifications {
    notifications(first: 50) {
      edges {
        node {
          id
          count
          actor {
            id
            displayName
          }
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
            # Aliases: a field name must have one nullability across every member of the union.
            ... on AnswerPostedPayload {
              aboutQuestionId: questionId
              questionTitle
              answerId
            }
            ... on AnswerAcceptedPayload {
              aboutQuestionId: questionId
              questionTitle
              answerId
            }
            ... on AnswerVerifiedPayload {
              aboutQuestionId: questionId
              questionTitle
              answerId
              onYourQuestion
            }
            ... on CommentPostedPayload {
              aboutQuestionId: questionId
              questionTitle
              onAnswerId: answerId
            }
            ... on MentionPayload {
              aboutQuestionId: questionId
              questionTitle
              onAnswerId: answerId
            }
            ... on QuestionClosedAsDuplicatePayload {
              aboutQuestionId: questionId
              questionTitle
              duplicateOfId
              duplicateOfTitle
            }
            ... on QuestionInFollowedAreaPayload {
              aboutQuestionId: questionId
              questionTitle
            }
            ... on QuestionSolvedCheckPayload {
              aboutQuestionId: questionId
              questionTitle
              solvedCheckToken: token
            }
            ... on QuestionRoutedPayload {
              aboutQuestionId: questionId
              questionTitle
              questionSlug
              solvedSimilar
              answeredInArea
              areaName
            }
            ... on QuestionAssignedPayload {
              aboutQuestionId: questionId
              questionTitle
              questionSlug
            }
            ... on QuestionEscalatedPayload {
              aboutQuestionId: questionId
              questionTitle
              questionSlug
              step
            }
          }
          createdAt
          readAt
        }
      }
    }
  }
`);
