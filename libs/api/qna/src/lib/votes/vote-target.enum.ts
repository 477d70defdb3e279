import { graphqlEnum } from '@forum/api/platform';

export const VoteTargetEnum = graphqlEnum(
  { Question: 'question', Answer: 'answer' },
  'VoteTarget',
  'What kind of post a vote is on.',
);
