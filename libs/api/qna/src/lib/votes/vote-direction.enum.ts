import { graphqlEnum } from '@forum/api/platform';

export const VoteDirection = { Up: 'up', Down: 'down', None: 'none' } as const;
export type VoteDirection = (typeof VoteDirection)[keyof typeof VoteDirection];

export const VoteDirectionEnum = graphqlEnum(
  VoteDirection,
  'VoteDirection',
  'UP, DOWN, or NONE to withdraw a vote.',
);
