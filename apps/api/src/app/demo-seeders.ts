import type { INestApplicationContext } from '@nestjs/common';
import { seedIdeasDemoData } from '@forum/api/ideas';
import { seedSearchDemoData } from '@forum/api/community-search';
import { seedIdentityDemoData } from '@forum/api/identity';
import { seedQnaDemoData } from '@forum/api/qna';
import { seedReputationDemoData } from '@forum/api/reputation';

/**
 * Each domain's demo data, in dependency order (people before their posts). A seeder adds its
 * data only when its tables are empty and returns lines worth printing.
 */
export const demoSeeders: Array<(app: INestApplicationContext) => Promise<string[]>> = [
  seedIdentityDemoData,
  seedQnaDemoData,
  seedReputationDemoData,
  seedIdeasDemoData,
  seedSearchDemoData,
];
