import type { ApiDomain } from '@forum/api/platform';
import { communitySearchEntities } from './lib/community-search.entities.js';
import { CommunitySearchModule } from './lib/community-search.module.js';

export const communitySearchDomain = {
  name: 'community-search',
  module: CommunitySearchModule,
  entities: communitySearchEntities,
} as const satisfies ApiDomain;
