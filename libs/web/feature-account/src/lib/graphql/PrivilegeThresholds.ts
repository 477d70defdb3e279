import { graphql } from '@forum/web/data-access-graphql';

export const PrivilegeThresholdsQuery = graphql(`
  query PrivilegeThresholds {
    reputationPrivileges {
      rules {
        privilege
        reputation
      }
      newAccountQuestionsPerDay
      newAccountAnswersPerDay
    }
  }
`);
