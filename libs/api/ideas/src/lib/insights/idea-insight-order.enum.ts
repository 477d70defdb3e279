import { graphqlEnum } from '@forum/api/platform';

export const IdeaInsightOrder = {
  Votes: 'votes',
  WeightedVotes: 'weighted_votes',
  Organisations: 'organisations',
  Trending: 'trending',
  Demand: 'demand',
} as const;
export type IdeaInsightOrder = (typeof IdeaInsightOrder)[keyof typeof IdeaInsightOrder];

export const IdeaInsightOrderEnum = graphqlEnum(
  IdeaInsightOrder,
  'IdeaInsightOrder',
  'How to rank ideas: VOTES (in the period when one is given), WEIGHTED_VOTES by plan, distinct ORGANISATIONS, TRENDING (last 14 days against the 14 before), DEMAND (people who asked linked questions).',
);
