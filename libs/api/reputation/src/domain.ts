import type { ApiDomain } from '@forum/api/platform';
import { reputationEntities } from './lib/reputation.entities.js';
import { ReputationModule } from './lib/reputation.module.js';

export const reputationDomain = {
  name: 'reputation',
  module: ReputationModule,
  entities: reputationEntities,
} as const satisfies ApiDomain;
