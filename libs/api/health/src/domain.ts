import type { ApiDomain } from '@forum/api/platform';
import { HealthModule } from './lib/health.module.js';

export const healthDomain = {
  name: 'health',
  module: HealthModule,
  entities: [],
} as const satisfies ApiDomain;
