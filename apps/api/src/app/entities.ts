import { ideaEntities } from '@forum/api/ideas';
import { identityEntities } from '@forum/api/identity';
import { notificationEntities } from '@forum/api/notifications';
import { qnaEntities } from '@forum/api/qna';

/** Every entity of every domain: what migrations are generated from. */
export const entities = [
  ...identityEntities,
  ...qnaEntities,
  ...notificationEntities,
  ...ideaEntities,
];
