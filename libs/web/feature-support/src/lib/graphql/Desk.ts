import { graphql } from '@forum/web/data-access-graphql';

// Each document lists the case's fields itself (fragments are masked in this codebase, and the
// rows read them all anyway).

export const ExpertInboxQuery = graphql(`
  query ExpertInbox($filter: InboxFilter!, $first: Int!, $after: String) {
    expertInbox(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          status
          cycle
          dueAt
          respondedAt
          waitingOnCustomerSince
          snoozedUntil
          breached
          businessMinutesLeft
          claimedBy {
            id
            displayName
          }
          assignedBy {
            id
            displayName
          }
          routingReason {
            solvedSimilar
            answeredInArea
            areaName
            user {
              id
              displayName
            }
          }
          question {
            id
            title
            slug
            createdAt
            product {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const ExpertInboxCountsQuery = graphql(`
  query ExpertInboxCounts {
    expertInboxCounts {
      mine
      unclaimed
      myAreas
      waitingOnCustomer
      breached
    }
  }
`);

export const QuestionSupportCaseQuery = graphql(`
  query QuestionSupportCase($id: ID!) {
    question(id: $id) {
      id
      supportCase {
        status
        cycle
        dueAt
        respondedAt
        waitingOnCustomerSince
        snoozedUntil
        breached
        businessMinutesLeft
        claimedBy {
          id
          displayName
        }
        assignedBy {
          id
          displayName
        }
      }
    }
  }
`);

export const AssignableStaffQuery = graphql(`
  query AssignableStaff {
    assignableStaff {
      id
      displayName
    }
  }
`);

export const ClaimQuestionMutation = graphql(`
  mutation ClaimQuestion($questionId: ID!) {
    claimQuestion(questionId: $questionId) {
      status
      claimedBy {
        id
        displayName
      }
    }
  }
`);

export const ReleaseQuestionMutation = graphql(`
  mutation ReleaseQuestion($questionId: ID!) {
    releaseQuestion(questionId: $questionId) {
      status
      claimedBy {
        id
        displayName
      }
    }
  }
`);

export const AssignQuestionMutation = graphql(`
  mutation AssignQuestion($input: AssignQuestionInput!) {
    assignQuestion(input: $input) {
      status
      claimedBy {
        id
        displayName
      }
    }
  }
`);

export const SnoozeQuestionMutation = graphql(`
  mutation SnoozeQuestion($input: SnoozeQuestionInput!) {
    snoozeQuestion(input: $input) {
      status
      snoozedUntil
    }
  }
`);

export const UnsnoozeQuestionMutation = graphql(`
  mutation UnsnoozeQuestion($questionId: ID!) {
    unsnoozeQuestion(questionId: $questionId) {
      status
      snoozedUntil
    }
  }
`);

export const MarkWaitingOnCustomerMutation = graphql(`
  mutation MarkWaitingOnCustomer($questionId: ID!) {
    markWaitingOnCustomer(questionId: $questionId) {
      status
      waitingOnCustomerSince
    }
  }
`);

export const ResumeQuestionMutation = graphql(`
  mutation ResumeQuestion($questionId: ID!) {
    resumeQuestion(questionId: $questionId) {
      status
      waitingOnCustomerSince
      dueAt
    }
  }
`);
