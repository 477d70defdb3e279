import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@forum/api/identity';
import { NotificationsModule } from '@forum/api/notifications';
import { QnaModule } from '@forum/api/qna';
import { ExpertAreas } from './areas/expert-areas.service.js';
import { SupportPolicies } from './policy/support-policies.service.js';
import { SolvedCheckResolver } from './reminders/solved-check.resolver.js';
import { SolvedChecks } from './reminders/solved-check.service.js';
import { SolvedCheckTokens } from './reminders/solved-check-tokens.js';
import { SolvedReminders } from './reminders/solved-reminders.service.js';
import { PrivateDetailsViews } from './private-details/private-details-views.js';
import { PrivateDetailsResolver } from './private-details/private-details.resolver.js';
import { PrivateDetailsService } from './private-details/private-details.service.js';
import { QuestionRoutingResolver, RoutingSuggestionResolver } from './routing/routing.resolver.js';
import { RoutingService } from './routing/routing.service.js';
import { supportEntities } from './support.entities.js';

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
  ],
  exports: [ExpertAreas, SupportPolicies, SolvedReminders],
})
export class SupportModule {}
