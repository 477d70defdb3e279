import { graphql } from '@forum/web/data-access-graphql';

/** The same tables as CSV, fetched only when someone presses an export button. */
export const InsightsCsvQuery = graphql(`
  query InsightsCsv(
    $filter: IdeaInsightFilter
    $orderBy: IdeaInsightOrder
    $ideaIds: [ID!]!
    $withTrend: Boolean!
  ) {
    ideaInsights(filter: $filter, orderBy: $orderBy, first: 500) {
      csv
    }
    ideaVoteBreakdown(filter: $filter) {
      csv
    }
    ideaVoteTrend(ideaIds: $ideaIds) @include(if: $withTrend) {
      csv
    }
  }
`);
