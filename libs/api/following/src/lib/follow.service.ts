import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IdeaService } from '@forum/api/ideas';
import { UserService, type Viewer } from '@forum/api/identity';
import { Clock, type Connection, decodeCursor, toConnection } from '@forum/api/platform';
import { ProductService, QuestionService, TagService } from '@forum/api/qna';
import { FollowTarget } from '@forum/shared/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { FollowEntity } from './follow.entity.js';
import type { FollowedItem, FollowState } from './follow.models.js';
import { FollowingException, FollowingExceptionCode } from './following.exception.js';

/** How many things one person may follow; keeps fan-out and the Following page bounded. */
export const maxFollowsPerPerson = 5_000;

type FollowOutcome = 'added' | 'exists' | 'limit';

interface TargetView {
  title: string;
  path: string;
}

/**
 * Who follows what. Following checks that the visitor may see the target; the limit per person
 * is counted under a per-person advisory lock, so concurrent follows never pass it.
 */
@Injectable()
export class FollowService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly questions: QuestionService,
    private readonly ideas: IdeaService,
    private readonly products: ProductService,
    private readonly tags: TagService,
    private readonly users: UserService,
  ) {}

  /** Follows a target the viewer may see; following it again changes nothing. */
  async follow(viewer: Viewer, targetType: FollowTarget, targetId: string): Promise<FollowState> {
    const [view] = (await this.describe(targetType, [targetId])).values();
    if (!view) {
      throw new FollowingException(
        FollowingExceptionCode.FollowTargetNotFound,
        'There is nothing to follow with this id.',
      );
    }
    const userId = viewer.user.id;
    await this.dataSource.transaction(async (manager) => {
      const outcome = await this.insertWithinLimit(manager, userId, targetType, targetId);
      if (outcome === 'limit') {
        throw new FollowingException(
          FollowingExceptionCode.FollowLimitReached,
          `You follow ${maxFollowsPerPerson} things already; unfollow some first.`,
          { limit: maxFollowsPerPerson },
        );
      }
    });
    return this.state(userId, targetType, targetId);
  }

  /** Stops following; unfollowing what one does not follow changes nothing. */
  async unfollow(viewer: Viewer, targetType: FollowTarget, targetId: string): Promise<FollowState> {
    await this.dataSource.manager.delete(FollowEntity, {
      userId: viewer.user.id,
      targetType,
      targetId,
    });
    return this.state(viewer.user.id, targetType, targetId);
  }

  /**
   * Makes a person follow a target inside the caller's transaction, for follows that come with
   * an action (asking, answering, voting). Returns whether they follow it afterwards: false only
   * when they reached the limit, which an action never fails for.
   */
  async followInTransaction(
    manager: EntityManager,
    userId: string,
    targetType: FollowTarget,
    targetId: string,
  ): Promise<boolean> {
    return (await this.insertWithinLimit(manager, userId, targetType, targetId)) !== 'limit';
  }

  /**
   * Distinct people following any of these targets, sorted by id, after `afterUserId`, at most
   * `limit`; deleted and currently suspended people are left out. Page by passing the last id.
   */
  async followersOf(
    manager: EntityManager,
    targetType: FollowTarget,
    targetIds: readonly string[],
    afterUserId: string | null,
    limit: number,
  ): Promise<string[]> {
    if (targetIds.length === 0 || limit <= 0) return [];
    const found: string[] = [];
    let after = afterUserId;
    for (;;) {
      const rows: Array<{ user_id: string }> = await manager.query(
        `SELECT DISTINCT user_id FROM follow
         WHERE target_type = $1 AND target_id = ANY($2::uuid[])
           AND ($3::uuid IS NULL OR user_id > $3::uuid)
         ORDER BY user_id
         LIMIT $4`,
        [targetType, targetIds, after, limit],
      );
      if (rows.length === 0) return found;
      const candidates = rows.map((row) => row.user_id);
      const reachable = await this.users.reachableIds(candidates, this.clock.now(), manager);
      found.push(...reachable.slice(0, limit - found.length));
      if (found.length >= limit || rows.length < limit) return found;
      after = candidates.at(-1) ?? null;
    }
  }

  /** How many people follow each of these targets. */
  async followerCounts(
    targetType: FollowTarget,
    targetIds: readonly string[],
  ): Promise<Map<string, number>> {
    const rows: Array<{ target_id: string; count: number }> = await this.dataSource.query(
      `SELECT target_id, count(*)::int AS count FROM follow
       WHERE target_type = $1 AND target_id = ANY($2::uuid[])
       GROUP BY target_id`,
      [targetType, targetIds],
    );
    return new Map(rows.map((row) => [row.target_id, row.count]));
  }

  /** Which of these targets the person follows. */
  async followedAmong(
    userId: string,
    targetType: FollowTarget,
    targetIds: readonly string[],
  ): Promise<Set<string>> {
    const rows: Array<{ target_id: string }> = await this.dataSource.query(
      `SELECT target_id FROM follow
       WHERE user_id = $1 AND target_type = $2 AND target_id = ANY($3::uuid[])`,
      [userId, targetType, targetIds],
    );
    return new Set(rows.map((row) => row.target_id));
  }

  /**
   * What the person follows, most recently followed first. Targets they may no longer see
   * (hidden, deleted, merged away) are left out of the page.
   */
  async list(
    userId: string,
    page: { first: number; after?: string | null; targetType?: FollowTarget | null },
  ): Promise<Connection<FollowedItem>> {
    const query = this.dataSource.manager
      .createQueryBuilder(FollowEntity, 'f')
      .where('f.user_id = :userId', { userId });
    if (page.targetType) query.andWhere('f.target_type = :type', { type: page.targetType });
    const totalCount = await query.clone().getCount();
    if (page.after) {
      const [followedAt, type, id] = decodeCursor(page.after, 3);
      query.andWhere('(f.created_at, f.target_type, f.target_id) < (:followedAt, :type_, :id)', {
        followedAt,
        type_: type,
        id,
      });
    }
    const rows = await query
      .orderBy('f.created_at', 'DESC')
      .addOrderBy('f.target_type', 'DESC')
      .addOrderBy('f.target_id', 'DESC')
      .take(page.first + 1)
      .getMany();
    const connection = toConnection(rows, page.first, totalCount, (row) => [
      row.createdAt.toISOString(),
      row.targetType,
      row.targetId,
    ]);
    const views = new Map<string, TargetView>();
    for (const type of new Set(connection.edges.map((edge) => edge.node.targetType))) {
      const ids = connection.edges
        .filter((edge) => edge.node.targetType === type)
        .map((edge) => edge.node.targetId);
      for (const [id, view] of await this.describe(type, ids)) views.set(`${type}:${id}`, view);
    }
    return {
      ...connection,
      edges: connection.edges.flatMap(({ cursor, node }) => {
        const view = views.get(`${node.targetType}:${node.targetId}`);
        if (!view) return [];
        return [
          {
            cursor,
            node: {
              targetType: node.targetType,
              targetId: node.targetId,
              title: view.title,
              path: view.path,
              followedAt: node.createdAt,
            },
          },
        ];
      }),
    };
  }

  /** Whether the person follows the target, and how many people do. */
  async state(userId: string, targetType: FollowTarget, targetId: string): Promise<FollowState> {
    const [following, counts] = await Promise.all([
      this.followedAmong(userId, targetType, [targetId]),
      this.followerCounts(targetType, [targetId]),
    ]);
    return {
      targetType,
      targetId,
      following: following.has(targetId),
      followerCount: counts.get(targetId) ?? 0,
    };
  }

  /** Titles and web paths of those of these targets any visitor may see, by id. */
  private async describe(
    targetType: FollowTarget,
    ids: readonly string[],
  ): Promise<Map<string, TargetView>> {
    switch (targetType) {
      case FollowTarget.Question:
        return new Map(
          (await this.questions.visibleByIds(ids)).map((question) => [
            question.id,
            { title: question.title, path: `/questions/${question.id}` },
          ]),
        );
      case FollowTarget.Idea:
        return new Map(
          (await this.ideas.visibleByIds(ids)).map((idea) => [
            idea.id,
            { title: idea.title, path: `/ideas/${idea.id}` },
          ]),
        );
      case FollowTarget.Tag:
        return new Map(
          (await this.tags.findByIds(ids)).map((tag) => [
            tag.id,
            { title: tag.slug, path: `/questions?tag=${encodeURIComponent(tag.slug)}` },
          ]),
        );
      case FollowTarget.Product:
        return new Map(
          (await this.products.listByIds(ids)).map((product) => [
            product.id,
            { title: product.name, path: `/questions?product=${encodeURIComponent(product.slug)}` },
          ]),
        );
    }
  }

  private async insertWithinLimit(
    manager: EntityManager,
    userId: string,
    targetType: FollowTarget,
    targetId: string,
  ): Promise<FollowOutcome> {
    // One person's follows are counted and added one writer at a time.
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
      `follow:${userId}`,
    ]);
    if (await manager.existsBy(FollowEntity, { userId, targetType, targetId })) return 'exists';
    if ((await manager.countBy(FollowEntity, { userId })) >= maxFollowsPerPerson) return 'limit';
    await manager.query(
      `INSERT INTO follow (user_id, target_type, target_id, created_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING`,
      [userId, targetType, targetId, this.clock.now()],
    );
    return 'added';
  }
}
