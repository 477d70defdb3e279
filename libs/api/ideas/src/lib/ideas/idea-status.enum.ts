import { graphqlEnum } from '@forum/api/platform';
import { IdeaStatus } from '@forum/shared/domain';

export const IdeaStatusEnum = graphqlEnum(
  IdeaStatus,
  'IdeaStatus',
  'Where an idea stands: UNDER_REVIEW (new), PLANNED, IN_PROGRESS, SHIPPED or DECLINED.',
);
