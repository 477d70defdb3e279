import { communitySearchEntities } from '@forum/api/community-search';
import { identityEntities } from '@forum/api/identity';
import { qnaEntities } from '@forum/api/qna';
import { reputationEntities } from '@forum/api/reputation';

/** Every entity of every domain: what migrations are generated from. */
export const entities = [
  ...identityEntities,
  ...qnaEntities,
  ...communitySearchEntities,
  ...reputationEntities,
];
