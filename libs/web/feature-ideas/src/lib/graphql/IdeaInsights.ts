import { graphql } from '@forum/web/data-access-graphql';

export const IdeaInsightsQuery = graphql(`
  query IdeaInsights($filter: IdeaInsightFilter, $orderBy: IdeaInsightOrder) {
    ideaInsights(filter: $filter, orderBy: $orderBy, first: 50) {
      today
      rows {
        ideaId
        title
        status
        productName
        votes
        periodVotes
        weightedVotes
        organisations
        votesLast14Days
        votesPrevious14Days
        trend
        askers
      }
    }
  }
`);
