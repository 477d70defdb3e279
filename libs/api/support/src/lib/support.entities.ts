import { ExpertAreaEntity } from './areas/expert-area.entity.js';
import { ExpertAvailabilityEntity } from './areas/expert-availability.entity.js';
import { SupportCaseEntity } from './desk/support-case.entity.js';
import { SupportPolicyEntity } from './policy/support-policy.entity.js';
import { QuestionPrivateDetailsEntity } from './private-details/question-private-details.entity.js';

export const supportEntities = [
  ExpertAreaEntity,
  ExpertAvailabilityEntity,
  SupportCaseEntity,
  SupportPolicyEntity,
  QuestionPrivateDetailsEntity,
];
