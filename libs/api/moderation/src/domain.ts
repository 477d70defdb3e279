import type { ApiDomain } from '@forum/api/platform';
import { moderationEntities } from './lib/moderation.entities.js';
import { ModerationModule } from './lib/moderation.module.js';

export const moderationDomain = {
  name: 'moderation',
  module: ModerationModule,
  entities: moderationEntities,
} as const satisfies ApiDomain;
