import { ExpertAreaEntity } from './areas/expert-area.entity.js';
import { ExpertAvailabilityEntity } from './areas/expert-availability.entity.js';
import { SupportBreachEntity } from './desk/support-breach.entity.js';
import { SupportCaseEntity } from './desk/support-case.entity.js';
import { SupportEscalationEntity } from './desk/support-escalation.entity.js';
import { SupportPolicyEntity } from './policy/support-policy.entity.js';
import { SolvedReminderResponseEntity } from './reminders/solved-reminder-response.entity.js';
import { SolvedReminderEntity } from './reminders/solved-reminder.entity.js';
import { SupportSigningKeyEntity } from './reminders/support-signing-key.entity.js';
import { QuestionPrivateDetailsEntity } from './private-details/question-private-details.entity.js';
import { RoutingNoticeEntity } from './routing/routing-notice.entity.js';
import { RoutingSuggestionEntity } from './routing/routing-suggestion.entity.js';

export const supportEntities = [
  ExpertAreaEntity,
  ExpertAvailabilityEntity,
  SupportCaseEntity,
  SupportPolicyEntity,
  SolvedReminderEntity,
  SolvedReminderResponseEntity,
  SupportSigningKeyEntity,
  QuestionPrivateDetailsEntity,
  RoutingSuggestionEntity,
  RoutingNoticeEntity,
  SupportEscalationEntity,
  SupportBreachEntity,
];
