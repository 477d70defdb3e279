import { graphqlEnum } from '@forum/api/platform';
import { QuestionState } from '@forum/shared/domain';

export const QuestionStateEnum = graphqlEnum(
  QuestionState,
  'QuestionState',
  'OPEN (no answer yet), ANSWERED (has answers), SOLVED (has an accepted solution) or CLOSED.',
);
