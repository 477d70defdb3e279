import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@forum/api/identity';
import { NotificationsModule } from '@forum/api/notifications';
import { QnaModule } from '@forum/api/qna';
import { FlagService } from './flags/flag.service.js';
import {
  ModerationSettingsResolver,
  ReviewFlagResolver,
  ReviewItemResolver,
  ReviewTargetResolver,
} from './graphql/moderation.resolver.js';
import { UserTrustResolver } from './graphql/user-trust.resolver.js';
import { moderationEntities } from './moderation.entities.js';
import { ReviewItems } from './queue/review-items.js';
import { ReviewService } from './queue/review.service.js';
import { ModerationSettingsService } from './settings/moderation-settings.service.js';
import { SpamRulesListener } from './spam/spam-rules.listener.js';
import { ReviewTargets } from './targets/review-targets.js';
import { TrustService } from './trust/trust.service.js';

/**
 * Keeping the community clean: members' flags, the review queue moderators and experts work
 * through, spam rules for new accounts, moderation settings and trusted accounts.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature(moderationEntities),
    IdentityModule,
    QnaModule,
    NotificationsModule,
  ],
  providers: [
    FlagService,
    ModerationSettingsResolver,
    ModerationSettingsService,
    ReviewFlagResolver,
    ReviewItemResolver,
    ReviewItems,
    ReviewService,
    ReviewTargetResolver,
    ReviewTargets,
    SpamRulesListener,
    TrustService,
    UserTrustResolver,
  ],
  exports: [ModerationSettingsService, TrustService],
})
export class ModerationModule {}
