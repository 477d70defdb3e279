import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserService } from '@forum/api/identity';
import { NotificationService } from '@forum/api/notifications';
import { QnaStats } from '@forum/api/qna';
import {
  BadgeKey,
  BadgeTier,
  NotificationKind,
  productSpecialistRule,
  ReputationReason,
  Role,
} from '@forum/shared/domain';
import { DataSource, type EntityManager, In } from 'typeorm';
import { BadgeAwardEntity } from './badge-award.entity.js';
import {
  earnedBadges,
  type NewAward,
  productSpecialists,
  type SpecialistCandidate,
} from './badge-rules.js';

/** The kind of the notification every new award writes to its holder's notification list. */

/**
 * Decides and records badges. Every rule reads the current state, so running an evaluation
 * twice, late or concurrently changes nothing; the unique indexes on `badge_award` turn the
 * second insert of the same award into a no-op. Each award that is new tells its holder through
 * the shared notification list, in the transaction that makes the award.
 */
@Injectable()
export class BadgeService {
  private readonly logger = new Logger(BadgeService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UserService,
    private readonly qna: QnaStats,
    private readonly notifications: NotificationService,
  ) {}

  /** Brings a person's badges up to date; returns the awards that are new. */
  async evaluate(userId: string): Promise<BadgeAwardEntity[]> {
    const user = await this.users.findById(userId);
    if (!user || user.deletedAt) return [];
    return this.dataSource.transaction(async (manager) => {
      const facts = await this.qna.authorFacts(userId, manager);
      const awards = earnedBadges(userId, user.role, facts);
      if (user.role !== Role.Expert) {
        // The expert badge goes with the role.
        await manager.delete(BadgeAwardEntity, { userId, badge: BadgeKey.CompanyExpert });
      }
      return this.insert(manager, awards);
    });
  }

  /**
   * Idea Champion: when one of `userId`'s ideas reaches "planned" (or a later status). Awarded
   * once per person, linked to the first idea that earned it; in `manager`'s transaction if given.
   */
  async awardIdeaChampion(
    userId: string,
    ideaId: string,
    manager?: EntityManager,
  ): Promise<BadgeAwardEntity | null> {
    const award = async (inTransaction: EntityManager) => {
      const [made] = await this.insert(inTransaction, [
        { userId, badge: BadgeKey.IdeaChampion, tier: BadgeTier.Silver, ideaId },
      ]);
      return made ?? null;
    };
    return manager ? award(manager) : this.dataSource.transaction(award);
  }

  /**
   * Product Specialist: the community members (not staff) who earned the most reputation with
   * their answers in a product over the last 90 days. Held while they stay among the top;
   * awards of people who dropped out are removed. Returns how many were awarded and removed.
   */
  async refreshProductSpecialists(): Promise<{ awarded: number; removed: number }> {
    return this.dataSource.transaction(async (manager) => {
      // One refresh at a time, so two overlapping runs cannot interleave deletes and inserts.
      await manager.query("SELECT pg_advisory_xact_lock(hashtext('badge:product_specialist'))");
      const candidates = (await manager.query(
        `SELECT product_id AS "productId", user_id AS "userId", sum(delta)::int AS points
         FROM reputation_change
         WHERE created_at >= now() - make_interval(days => $1) AND answer_id IS NOT NULL
           AND reason = ANY($2::reputation_reason[])
         GROUP BY product_id, user_id HAVING sum(delta) >= $3
         ORDER BY product_id, points DESC, user_id`,
        [
          productSpecialistRule.days,
          [
            ReputationReason.AnswerUpvote,
            ReputationReason.AnswerDownvote,
            ReputationReason.AnswerAccepted,
          ],
          productSpecialistRule.minimumPoints,
        ],
      )) as SpecialistCandidate[];
      const people = await this.users.findByIds([...new Set(candidates.map((c) => c.userId))]);
      const community = new Set(
        people.filter((p) => p && p.role === Role.Member && !p.deletedAt).map((p) => p!.id),
      );
      const winners = productSpecialists(candidates, community);
      const held = await manager.find(BadgeAwardEntity, {
        where: { badge: BadgeKey.ProductSpecialist },
      });
      const keep = new Set(winners.map((w) => `${w.userId}/${w.productId}`));
      const lost = held.filter((award) => !keep.has(`${award.userId}/${award.productId}`));
      if (lost.length > 0)
        await manager.delete(BadgeAwardEntity, { id: In(lost.map((award) => award.id)) });
      const awarded = await this.insert(manager, winners);
      this.logger.log(
        { awarded: awarded.length, removed: lost.length },
        'Product specialists refreshed',
      );
      return { awarded: awarded.length, removed: lost.length };
    });
  }

  /** A person's badges, best tier and newest first. */
  forUsers(userIds: readonly string[]): Promise<BadgeAwardEntity[]> {
    return this.dataSource.manager.find(BadgeAwardEntity, {
      where: { userId: In([...userIds]) },
      order: { awardedAt: 'DESC', id: 'ASC' },
    });
  }

  /** How many people hold each badge tier. */
  async holderCounts(): Promise<Map<string, number>> {
    const rows = (await this.dataSource.query(
      'SELECT badge, tier, count(*)::int AS count FROM badge_award GROUP BY badge, tier',
    )) as Array<{ badge: string; tier: string; count: number }>;
    return new Map(rows.map((row) => [`${row.badge}/${row.tier}`, row.count]));
  }

  /** The latest awards of a badge, for the badges page. */
  recentAwards(badge: BadgeKey, limit: number): Promise<BadgeAwardEntity[]> {
    return this.dataSource.manager.find(BadgeAwardEntity, {
      where: { badge },
      order: { awardedAt: 'DESC', id: 'ASC' },
      take: limit,
    });
  }

  private async insert(manager: EntityManager, awards: NewAward[]): Promise<BadgeAwardEntity[]> {
    if (awards.length === 0) return [];
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(BadgeAwardEntity)
      .values(awards)
      .orIgnore()
      .returning('*')
      .execute();
    const made = (result.raw as Array<Record<string, unknown>>).map((row) =>
      manager.create(BadgeAwardEntity, {
        id: row['id'] as string,
        userId: row['user_id'] as string,
        badge: row['badge'] as BadgeKey,
        tier: row['tier'] as BadgeTier,
        questionId: row['question_id'] as string | null,
        answerId: row['answer_id'] as string | null,
        productId: row['product_id'] as string | null,
        ideaId: row['idea_id'] as string | null,
        awardedAt: row['awarded_at'] as Date,
      }),
    );
    // Only rows this insert made come back, so a repeated evaluation notifies nobody again.
    for (const award of made) {
      await this.notifications.deliver(manager, {
        kind: NotificationKind.BadgeAwarded,
        eventKey: `badge.awarded:${award.id}`,
        recipientIds: [award.userId],
        actorId: null,
        subjectKey: null,
        payload: {
          awardId: award.id,
          badge: award.badge,
          tier: award.tier,
          questionId: award.questionId,
          answerId: award.answerId,
          productId: award.productId,
          ideaId: award.ideaId,
        },
      });
    }
    return made;
  }
}
