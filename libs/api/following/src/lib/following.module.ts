import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '@forum/api/notifications';
import { FollowingDigestExtras } from './digest-extras.js';
import { followingEntities } from './following.entities.js';

/**
 * Who follows what, and turning what happens in questions, answers and ideas into notifications
 * for the people who follow it.
 */
@Module({
  imports: [TypeOrmModule.forFeature(followingEntities), NotificationsModule],
  providers: [FollowingDigestExtras],
})
export class FollowingModule {}
