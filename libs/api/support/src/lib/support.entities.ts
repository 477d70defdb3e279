import { ExpertAreaEntity } from './areas/expert-area.entity.js';
import { ExpertAvailabilityEntity } from './areas/expert-availability.entity.js';
import { SupportBreachEntity } from './desk/support-breach.entity.js';
import { SupportCaseEntity } from './desk/support-case.entity.js';
import { SupportEscalationEntity } from './desk/support-escalation.entity.js';
import { SupportPolicyEntity } from './policy/support-policy.entity.js';

export const supportEntities = [
  ExpertAreaEntity,
  ExpertAvailabilityEntity,
  SupportCaseEntity,
  SupportPolicyEntity,
  SupportEscalationEntity,
  SupportBreachEntity,
];
