import type { ApiDomain } from '@forum/api/platform';
import { identityEntities } from './lib/identity.entities.js';
import { IdentityModule } from './lib/identity.module.js';

export const identityDomain = {
  name: 'identity',
  module: IdentityModule,
  entities: identityEntities,
} as const satisfies ApiDomain;
