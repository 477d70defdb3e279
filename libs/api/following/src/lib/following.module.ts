import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdeasModule } from '@forum/api/ideas';
import { IdentityModule } from '@forum/api/identity';
import { NotificationsModule } from '@forum/api/notifications';
import { QnaModule } from '@forum/api/qna';
import { AutoFollowListener } from './auto-follow.listener.js';
import { FollowingDigestExtras } from './digest-extras.js';
import { FanoutListener } from './fanout/fanout.listener.js';
import { FanoutWorker } from './fanout/fanout.worker.js';
import {
  IdeaFollowResolver,
  ProductFollowResolver,
  QuestionFollowResolver,
  TagFollowResolver,
} from './follow-fields.resolver.js';
import { FollowSettingsService } from './follow-settings.service.js';
import { FollowResolver } from './follow.resolver.js';
import { FollowService } from './follow.service.js';
import { followingEntities } from './following.entities.js';
import { FollowingLoaders } from './following.loaders.js';

/**
 * Who follows what, and turning what happens in questions, answers and ideas into notifications
 * for the people who follow it.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature(followingEntities),
    IdentityModule,
    QnaModule,
    IdeasModule,
    NotificationsModule,
  ],
  providers: [
    AutoFollowListener,
    FanoutListener,
    FanoutWorker,
    FollowingDigestExtras,
    FollowResolver,
    FollowService,
    FollowSettingsService,
    FollowingLoaders,
    IdeaFollowResolver,
    ProductFollowResolver,
    QuestionFollowResolver,
    TagFollowResolver,
  ],
  exports: [FollowService, FollowSettingsService],
})
export class FollowingModule {}
