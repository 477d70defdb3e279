import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Connection, decodeCursor, toConnection } from '@forum/api/platform';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { NotificationEntity } from './notification.entity.js';

/**
 * In-app notifications for every domain. Writers add them inside their own transaction, so a
 * notification exists exactly when the change it reports does.
 */
@Injectable()
export class NotificationService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * One notification per distinct person, however often they appear in `userIds`.
   * @returns how many were written
   */
  async notifyInTransaction(
    manager: EntityManager,
    userIds: readonly string[],
    kind: string,
    payload: Record<string, unknown>,
  ): Promise<number> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('notifyInTransaction needs an EntityManager inside a transaction');
    }
    if (userIds.length === 0) return 0;
    const rows: unknown[] = await manager.query(
      `INSERT INTO notification (user_id, kind, payload)
       SELECT DISTINCT unnest($1::uuid[]), $2, $3::jsonb RETURNING id`,
      [userIds, kind, JSON.stringify(payload)],
    );
    return rows.length;
  }

  async list(
    userId: string,
    page: { first: number; after?: string | null; unreadOnly?: boolean | null },
  ): Promise<Connection<NotificationEntity>> {
    const query = this.dataSource.manager
      .createQueryBuilder(NotificationEntity, 'n')
      .where('n.user_id = :userId', { userId });
    if (page.unreadOnly) query.andWhere('n.read_at IS NULL');
    const totalCount = await query.clone().getCount();
    if (page.after) {
      const [createdAt, id] = decodeCursor(page.after, 2);
      query.andWhere('(n.created_at, n.id) < (:createdAt, :id)', { createdAt, id });
    }
    const rows = await query
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .take(page.first + 1)
      .getMany();
    return toConnection(rows, page.first, totalCount, (n) => [n.createdAt.toISOString(), n.id]);
  }

  async unreadCount(userId: string): Promise<number> {
    return this.dataSource.manager.countBy(NotificationEntity, { userId, readAt: IsNull() });
  }

  /** Marks the given notifications (all when `ids` is absent) read; others' ids are ignored. */
  async markRead(userId: string, ids: readonly string[] | null | undefined): Promise<number> {
    await this.dataSource.query(
      `UPDATE notification SET read_at = now()
       WHERE user_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2))`,
      [userId, ids ?? null],
    );
    return this.unreadCount(userId);
  }
}
