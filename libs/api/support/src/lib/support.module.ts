import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@forum/api/identity';
import { NotificationsModule } from '@forum/api/notifications';
import { QnaModule } from '@forum/api/qna';
import { ExpertAreaLoaders, ExpertAreasResolver } from './areas/expert-areas.resolver.js';
import { ExpertAreas } from './areas/expert-areas.service.js';
import { ExpertSettings } from './areas/expert-settings.service.js';
import { SupportPolicies } from './policy/support-policies.service.js';
import { SupportPolicySettings } from './policy/support-policy-settings.service.js';
import { SupportPolicyResolver } from './policy/support-policy.resolver.js';
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
    ExpertSettings,
    ExpertAreaLoaders,
    ExpertAreasResolver,
    SupportPolicySettings,
    SupportPolicyResolver,
  ],
  exports: [ExpertAreas, SupportPolicies],
})
export class SupportModule {}
