import { graphql } from '@forum/web/data-access-graphql';

export const IdeaVoteTrendQuery = graphql(`
  query IdeaVoteTrend($ideaIds: [ID!]!) {
    ideaVoteTrend(ideaIds: $ideaIds) {
      series {
        ideaId
        title
        weeks {
          weekStart
          votes
        }
      }
    }
  }
`);
