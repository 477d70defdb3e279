import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@forum/api/identity';
import { NotificationsModule } from '@forum/api/notifications';
import { QnaModule } from '@forum/api/qna';
import { ExpertAreaLoaders, ExpertAreasResolver } from './areas/expert-areas.resolver.js';
import { ExpertAreas } from './areas/expert-areas.service.js';
import { ExpertSettings } from './areas/expert-settings.service.js';
import { SupportPolicies } from './policy/support-policies.service.js';
import { SolvedCheckResolver } from './reminders/solved-check.resolver.js';
import { SolvedChecks } from './reminders/solved-check.service.js';
import { SolvedCheckTokens } from './reminders/solved-check-tokens.js';
import { SolvedReminders } from './reminders/solved-reminders.service.js';
import { PrivateDetailsViews } from './private-details/private-details-views.js';
import { PrivateDetailsResolver } from './private-details/private-details.resolver.js';
import { PrivateDetailsService } from './private-details/private-details.service.js';
import {
  QuestionRoutingResolver,
  RoutingReasonResolver,
  RoutingSuggestionResolver,
} from './routing/routing.resolver.js';
import {
  RoutingReasonLoaders,
  SupportCaseRoutingResolver,
} from './routing/support-case-routing.resolver.js';
import { RoutingService } from './routing/routing.service.js';
import { SupportPolicySettings } from './policy/support-policy-settings.service.js';
import { SupportPolicyResolver } from './policy/support-policy.resolver.js';
import { supportEntities } from './support.entities.js';
import { SupportDeskListener } from './desk/support-desk.listener.js';
import { QuestionSupportCaseResolver, SupportDeskResolver } from './desk/support-desk.resolver.js';
import { SupportDesk } from './desk/support-desk.service.js';
import { SupportDeskTick } from './desk/support-desk.tick.js';

/**
 * The support desk around questions: which experts cover which products and tags, the response
 * clock in each product's business hours with its escalations, the experts' inbox, routing to
 * people who solved similar questions, and asking the customer later whether it is solved.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature(supportEntities),
    IdentityModule,
    QnaModule,
    NotificationsModule,
  ],
  providers: [
    ExpertAreas,
    SupportPolicies,
    SolvedCheckResolver,
    SolvedChecks,
    SolvedCheckTokens,
    SolvedReminders,
    PrivateDetailsService,
    PrivateDetailsViews,
    PrivateDetailsResolver,
    QuestionRoutingResolver,
    RoutingService,
    RoutingSuggestionResolver,
    RoutingReasonResolver,
    RoutingReasonLoaders,
    SupportCaseRoutingResolver,
    SupportDesk,
    SupportDeskListener,
    SupportDeskResolver,
    QuestionSupportCaseResolver,
    SupportDeskTick,
    ExpertSettings,
    ExpertAreaLoaders,
    ExpertAreasResolver,
    SupportPolicySettings,
    SupportPolicyResolver,
  ],
  exports: [ExpertAreas, SupportPolicies, SolvedReminders, SupportDesk],
})
export class SupportModule {}
