import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@forum/api/identity';
import { IdeasModule } from '@forum/api/ideas';
import { NotificationsModule } from '@forum/api/notifications';
import { QnaModule } from '@forum/api/qna';
import { FanoutListener } from './fanout/fanout.listener.js';
import { FanoutWorker } from './fanout/fanout.worker.js';
import { FollowingDigestExtras } from './digest-extras.js';
import { followingEntities } from './following.entities.js';

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
  providers: [FanoutListener, FanoutWorker, FollowingDigestExtras],
})
export class FollowingModule {}
