import { graphql } from '@forum/web/data-access-graphql';

export const IdeaVoteBreakdownQuery = graphql(`
  query IdeaVoteBreakdown($ideaId: ID, $filter: IdeaInsightFilter) {
    ideaVoteBreakdown(ideaId: $ideaId, filter: $filter) {
      totalVotes
      byOrganisation {
        key
        label
        votes
      }
      byPlan {
        key
        label
        votes
      }
      byImportance {
        key
        label
        votes
      }
      byProduct {
        key
        label
        votes
      }
    }
  }
`);
