import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { FollowSettingsEntity } from './follow-settings.entity.js';
import type { FollowSettings, UpdateFollowSettingsInput } from './follow.models.js';

const switches = ['followOnAsk', 'followOnAnswer', 'followOnComment', 'followOnIdeaVote'] as const;
const columns: Record<(typeof switches)[number], string> = {
  followOnAsk: 'follow_on_ask',
  followOnAnswer: 'follow_on_answer',
  followOnComment: 'follow_on_comment',
  followOnIdeaVote: 'follow_on_idea_vote',
};

const defaults: FollowSettings = {
  followOnAsk: true,
  followOnAnswer: true,
  followOnComment: true,
  followOnIdeaVote: true,
};

/** The auto-follow switches; everything is on until a person switches it off. */
@Injectable()
export class FollowSettingsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(
    userId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<FollowSettings> {
    const row = await manager.findOneBy(FollowSettingsEntity, { userId });
    if (!row) return { ...defaults };
    return {
      followOnAsk: row.followOnAsk,
      followOnAnswer: row.followOnAnswer,
      followOnComment: row.followOnComment,
      followOnIdeaVote: row.followOnIdeaVote,
    };
  }

  /** Changes the switches given; the others keep their values. */
  async update(userId: string, input: UpdateFollowSettingsInput): Promise<FollowSettings> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(
        'INSERT INTO follow_settings (user_id) VALUES ($1) ON CONFLICT (user_id) DO NOTHING',
        [userId],
      );
      const changed = switches.filter((name) => typeof input[name] === 'boolean');
      if (changed.length > 0) {
        const assignments = changed.map((name, index) => `${columns[name]} = $${index + 2}`);
        await manager.query(
          `UPDATE follow_settings SET ${assignments.join(', ')}, updated_at = now() WHERE user_id = $1`,
          [userId, ...changed.map((name) => input[name])],
        );
      }
      return this.get(userId, manager);
    });
  }
}
