import type { ApiDomain } from '@forum/api/platform';
import { followingEntities } from './lib/following.entities.js';
import { FollowingModule } from './lib/following.module.js';

export const followingDomain = {
  name: 'following',
  module: FollowingModule,
  entities: followingEntities,
} as const satisfies ApiDomain;
