import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { followingEntities } from './following.entities.js';

/**
 * Who follows what, and turning what happens in questions, answers and ideas into notifications
 * for the people who follow it.
 */
@Module({
  imports: [TypeOrmModule.forFeature(followingEntities)],
})
export class FollowingModule {}
