export * from './lib/support.module.js';
export { ExpertAreas, type ExpertAreaIds } from './lib/areas/expert-areas.service.js';
export { SupportPolicies, type SupportPolicy } from './lib/policy/support-policies.service.js';
export type { ExpertAreaEntity } from './lib/areas/expert-area.entity.js';
export type { ExpertAvailabilityEntity } from './lib/areas/expert-availability.entity.js';
export type { SupportCaseEntity } from './lib/desk/support-case.entity.js';
export type { SupportPolicyEntity } from './lib/policy/support-policy.entity.js';
export {
  SolvedReminders,
  solvedRemindersTickQueue,
} from './lib/reminders/solved-reminders.service.js';
export { restartClock } from './lib/reminders/restart-clock.js';
export { PrivateDetailsService } from './lib/private-details/private-details.service.js';
export type { QuestionPrivateDetailsEntity } from './lib/private-details/question-private-details.entity.js';
export { RoutingService, routingQueue, routingTickQueue } from './lib/routing/routing.service.js';
export { RoutingReason, RoutingSuggestion } from './lib/routing/routing-suggestion.model.js';
export { RoutingReasonResolver } from './lib/routing/routing.resolver.js';
export {
  routingReasonFor,
  routingReasonsFor,
  routingSuggestionsOf,
} from './lib/routing/routing-suggestions.js';
export type { RoutingSuggestionEntity } from './lib/routing/routing-suggestion.entity.js';
export { SupportDesk } from './lib/desk/support-desk.service.js';
export { SupportDeskTick, deskTickQueue } from './lib/desk/support-desk.tick.js';
export { SupportCase } from './lib/desk/support-case.model.js';
export { ExpertAreasView } from './lib/areas/expert-areas.models.js';
export { SupportPolicy as SupportPolicyView } from './lib/policy/support-policy.models.js';
