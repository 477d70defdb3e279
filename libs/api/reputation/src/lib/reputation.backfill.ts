import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserService } from '@forum/api/identity';
import { QnaStats } from '@forum/api/qna';
import { Role } from '@forum/shared/domain';
import { DataSource } from 'typeorm';
import { BadgeService } from './badges/badge.service.js';
import { ReputationRules } from './ledger/reputation-rules.service.js';
import { ReputationChangeEntity } from './ledger/reputation-change.entity.js';

export interface BackfillReport {
  events: number;
  ledgerRows: number;
  badges: number;
}

/**
 * Builds the ledger of a forum that had votes and accepted answers before reputation existed
 * (and the demo data, which is inserted directly): replays every standing vote and acceptance,
 * at its original time, through the same rules as live events, then awards badges. Does nothing
 * once the ledger has rows.
 */
@Injectable()
export class ReputationBackfill {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rules: ReputationRules,
    private readonly qna: QnaStats,
    private readonly users: UserService,
    private readonly badges: BadgeService,
  ) {}

  async run(): Promise<BackfillReport | null> {
    const replayed = await this.dataSource.transaction(async (manager) => {
      await manager.query('LOCK TABLE reputation_change IN SHARE ROW EXCLUSIVE MODE');
      if ((await manager.count(ReputationChangeEntity)) > 0) return null;
      const events = await this.qna.history(manager);
      for (const { at, ...event } of events) await this.rules.apply(manager, event, at);
      const people = new Set(
        events.flatMap((event) =>
          event.type === 'vote.changed' ? [event.authorId, event.voterId] : [event.authorId],
        ),
      );
      return {
        events: events.length,
        people,
        ledgerRows: await manager.count(ReputationChangeEntity),
      };
    });
    if (!replayed) return null;
    let after: string | null = null;
    do {
      const page = await this.users.list({ first: 100, after, role: Role.Expert });
      for (const edge of page.edges) replayed.people.add(edge.node.id);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    let badges = 0;
    for (const userId of replayed.people) badges += (await this.badges.evaluate(userId)).length;
    badges += (await this.badges.refreshProductSpecialists()).awarded;
    return { events: replayed.events, ledgerRows: replayed.ledgerRows, badges };
  }
}
