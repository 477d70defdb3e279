import type { ApiDomain } from '@forum/api/platform';
import { ideaEntities } from './lib/ideas.entities.js';
import { IdeasModule } from './lib/ideas.module.js';

export const ideasDomain = {
  name: 'ideas',
  module: IdeasModule,
  entities: ideaEntities,
} as const satisfies ApiDomain;
