import { graphqlEnum } from '@forum/api/platform';
import { CloseReason } from '@forum/shared/domain';

export const CloseReasonEnum = graphqlEnum(
  CloseReason,
  'CloseReason',
  'Why a question was closed.',
);
