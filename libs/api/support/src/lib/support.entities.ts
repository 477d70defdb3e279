import { ExpertAreaEntity } from './areas/expert-area.entity.js';
import { ExpertAvailabilityEntity } from './areas/expert-availability.entity.js';
import { SupportCaseEntity } from './desk/support-case.entity.js';
import { SupportPolicyEntity } from './policy/support-policy.entity.js';
import { RoutingNoticeEntity } from './routing/routing-notice.entity.js';
import { RoutingSuggestionEntity } from './routing/routing-suggestion.entity.js';

export const supportEntities = [
  ExpertAreaEntity,
  ExpertAvailabilityEntity,
  SupportCaseEntity,
  SupportPolicyEntity,
  RoutingSuggestionEntity,
  RoutingNoticeEntity,
];
