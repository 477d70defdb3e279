import { communitySearchEntities } from '@forum/api/community-search';
import { ideaEntities } from '@forum/api/ideas';
import { identityEntities } from '@forum/api/identity';
import { notificationEntities } from '@forum/api/notifications';
import { qnaEntities } from '@forum/api/qna';
import { reputationEntities } from '@forum/api/reputation';

/** Every entity of every domain: what migrations are generated from. */
export const entities = [
  ...identityEntities,
  ...qnaEntities,
  ...communitySearchEntities,
  ...reputationEntities,
  ...notificationEntities,
  ...ideaEntities,
];
