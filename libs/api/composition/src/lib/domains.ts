import { communitySearchDomain } from '@forum/api/community-search/domain';
import { healthDomain } from '@forum/api/health/domain';
import { ideasDomain } from '@forum/api/ideas/domain';
import { identityDomain } from '@forum/api/identity/domain';
import { followingDomain } from '@forum/api/following/domain';
import { moderationDomain } from '@forum/api/moderation/domain';
import { notificationsDomain } from '@forum/api/notifications/domain';
import { qnaDomain } from '@forum/api/qna/domain';
import { reputationDomain } from '@forum/api/reputation/domain';
import { supportDomain } from '@forum/api/support/domain';

/**
 * Every domain of the product, in one list: the app's modules, the entities migrations are
 * generated from and the demo data all follow it. A domain comes after the domains its demo data
 * builds on (people before their posts, posts before reputation); search indexes everything and
 * comes last.
 */
export const apiDomains = [
  healthDomain,
  identityDomain,
  qnaDomain,
  reputationDomain,
  notificationsDomain,
  ideasDomain,
  moderationDomain,
  followingDomain,
  supportDomain,
  communitySearchDomain,
] as const;

export type ApiDomainName = (typeof apiDomains)[number]['name'];
