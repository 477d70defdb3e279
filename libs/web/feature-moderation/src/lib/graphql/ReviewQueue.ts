import { graphql } from '@forum/web/data-access-graphql';

export const ReviewItemFields = graphql(`
  fragment ReviewItemFields on ReviewItem {
    id
    cause
    status
    targetKind
    targetId
    createdAt
    needsStaff
    flagCount
    flagWeight
    spamRule
    claimedUntil
    claimedBy {
      id
      displayName
    }
    resolutionAction
    resolutionReason
    resolvedAt
    resolvedBy {
      id
      displayName
    }
    flags {
      id
      reason
      note
      weight
      createdAt
      flagger {
        id
        displayName
      }
    }
    target {
      id
      kind
      title
      body
      deleted
      hiddenReason
      questionId
      author {
        id
        displayName
      }
    }
  }
`);

export const ReviewQueueQuery = graphql(`
  query ReviewQueue($filter: ReviewQueueFilter, $first: Int!) {
    reviewQueue(filter: $filter, first: $first) {
      totalCount
      edges {
        node {
          id
          ...ReviewItemFields
        }
      }
    }
  }
`);

export const ClaimReviewItemMutation = graphql(`
  mutation ClaimReviewItem($input: ReviewItemIdInput!) {
    claimReviewItem(input: $input) {
      id
      ...ReviewItemFields
    }
  }
`);

export const ReleaseReviewItemMutation = graphql(`
  mutation ReleaseReviewItem($input: ReviewItemIdInput!) {
    releaseReviewItem(input: $input) {
      id
      ...ReviewItemFields
    }
  }
`);

export const ResolveReviewItemMutation = graphql(`
  mutation ResolveReviewItem($input: ResolveReviewItemInput!) {
    resolveReviewItem(input: $input) {
      id
      ...ReviewItemFields
    }
  }
`);

export const ResolveReviewItemsMutation = graphql(`
  mutation ResolveReviewItems($input: ResolveReviewItemsInput!) {
    resolveReviewItems(input: $input) {
      id
      ...ReviewItemFields
    }
  }
`);
