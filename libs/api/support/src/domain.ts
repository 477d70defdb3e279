import type { ApiDomain } from '@forum/api/platform';
import { supportEntities } from './lib/support.entities.js';
import { SupportModule } from './lib/support.module.js';

export const supportDomain = {
  name: 'support',
  module: SupportModule,
  entities: supportEntities,
} as const satisfies ApiDomain;
