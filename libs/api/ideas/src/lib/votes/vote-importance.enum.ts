import { graphqlEnum } from '@forum/api/platform';
import { VoteImportance } from '@forum/shared/domain';

export const VoteImportanceEnum = graphqlEnum(
  VoteImportance,
  'VoteImportance',
  'How much a voter needs an idea: NICE_TO_HAVE, IMPORTANT or CRITICAL.',
);
