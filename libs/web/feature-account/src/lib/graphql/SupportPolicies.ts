import { graphql } from '@forum/web/data-access-graphql';

export const SupportPoliciesQuery = graphql(`
  query SupportPolicies {
    supportPolicies {
      product {
        id
        name
      }
      isDefault
      timeZone
      workingDays
      dayStartMinute
      dayEndMinute
      holidays
      firstResponseTargetMinutes
      warnAtPercent
      adminEscalationPercent
      leadExpertId
      clockStopsAt
    }
  }
`);

/** Staff who could lead a product's support (the API checks that they cover it). */
export const SupportLeadCandidatesQuery = graphql(`
  query SupportLeadCandidates {
    experts: users(role: EXPERT, first: 100) {
      edges {
        node {
          id
          displayName
        }
      }
    }
    moderators: users(role: MODERATOR, first: 100) {
      edges {
        node {
          id
          displayName
        }
      }
    }
    admins: users(role: ADMIN, first: 100) {
      edges {
        node {
          id
          displayName
        }
      }
    }
  }
`);

export const UpdateSupportPolicyMutation = graphql(`
  mutation UpdateSupportPolicy($input: UpdateSupportPolicyInput!) {
    updateSupportPolicy(input: $input) {
      product {
        id
        name
      }
      isDefault
      timeZone
      workingDays
      dayStartMinute
      dayEndMinute
      holidays
      firstResponseTargetMinutes
      warnAtPercent
      adminEscalationPercent
      leadExpertId
      clockStopsAt
    }
  }
`);
