import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdeasModule } from '@forum/api/ideas';
import { IdentityModule } from '@forum/api/identity';
import { QnaModule } from '@forum/api/qna';
import { AutoFollowListener } from './auto-follow.listener.js';
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
  imports: [TypeOrmModule.forFeature(followingEntities), IdentityModule, QnaModule, IdeasModule],
  providers: [
    AutoFollowListener,
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
