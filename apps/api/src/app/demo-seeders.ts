import type { INestApplicationContext } from '@nestjs/common';
import { seedSearchDemoData } from '@forum/api/community-search/demo-data';
import { seedFollowingDemoData } from '@forum/api/following/demo-data';
import { seedIdeasDemoData } from '@forum/api/ideas/demo-data';
import { seedIdentityDemoData } from '@forum/api/identity/demo-data';
import { seedModerationDemoData } from '@forum/api/moderation/demo-data';
import { seedQnaDemoData } from '@forum/api/qna/demo-data';
import { seedReputationDemoData } from '@forum/api/reputation/demo-data';
import { seedSupportDemoData } from '@forum/api/support/demo-data';
import { apiDomains, type ApiDomainName } from '@forum/api/composition';

/** Adds a domain's demo data when its tables are empty; returns lines worth printing. */
type DemoSeeder = (app: INestApplicationContext) => Promise<string[]>;

/**
 * Each domain's demo data. Only the seed script and its test import this file, so the server's
 * bundle holds no demo data.
 */
const demoDataOf: Partial<Record<ApiDomainName, DemoSeeder>> = {
  identity: seedIdentityDemoData,
  qna: seedQnaDemoData,
  reputation: seedReputationDemoData,
  ideas: seedIdeasDemoData,
  moderation: seedModerationDemoData,
  'community-search': seedSearchDemoData,
  following: seedFollowingDemoData,
  support: seedSupportDemoData,
};

/** The demo data in the order of the domains. */
export const demoSeeders: DemoSeeder[] = apiDomains.flatMap(
  (domain) => demoDataOf[domain.name] ?? [],
);
