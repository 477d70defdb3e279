import { graphqlEnum } from '@forum/api/platform';

export const IdeaOrder = { Top: 'top', Trending: 'trending', Newest: 'newest' } as const;
export type IdeaOrder = (typeof IdeaOrder)[keyof typeof IdeaOrder];

export const IdeaOrderEnum = graphqlEnum(
  IdeaOrder,
  'IdeaOrder',
  'How to sort ideas: TOP by votes, TRENDING by votes in the last 14 days, NEWEST first.',
);
