import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Clock,
  type Connection,
  decodeCursor,
  LiveEvents,
  toConnection,
} from '@forum/api/platform';
import type { NotificationKind } from '@forum/shared/domain';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { NotificationEntity } from './notification.entity.js';
import { NotificationEvents } from './notification-events.js';
import { NotificationException, NotificationExceptionCode } from './notification.exception.js';
import { unreadCountChanged } from './notification-live.js';

/** One event to tell people about. */
export interface Delivery {
  kind: NotificationKind;
  /** Names the event, e.g. `answer.posted:<answer id>`: a person is told about it at most once. */
  eventKey: string;
  /** Who to tell; duplicates and the actor are dropped. */
  recipientIds: readonly string[];
  /** Who caused it; never told about their own action. */
  actorId: string | null;
  /** What a burst coalesces on while unread, e.g. `question:<id>`; null never coalesces. */
  subjectKey: string | null;
  payload: Record<string, unknown>;
}

/**
 * In-app notifications for every domain. Writers deliver them inside their own transaction, so a
 * notification exists exactly when the change it reports does.
 */
@Injectable()
export class NotificationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: NotificationEvents,
    private readonly clock: Clock,
    private readonly live: LiveEvents,
  ) {}

  /**
   * Tells each recipient once about the event: a receipt per person and event guards against
   * retries and concurrent workers, and an unread notification of the same kind and subject
   * absorbs the event (its count rises) instead of a new row.
   * @returns the people told now
   */
  async deliver(manager: EntityManager, delivery: Delivery): Promise<string[]> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('NotificationService.deliver needs an EntityManager inside a transaction');
    }
    const recipients = [...new Set(delivery.recipientIds)].filter((id) => id !== delivery.actorId);
    if (recipients.length === 0) return [];
    const claimed: Array<{ user_id: string }> = await manager.query(
      `INSERT INTO notification_receipt (user_id, event_key, created_at)
       SELECT unnest($1::uuid[]), $2, $3
       ON CONFLICT DO NOTHING RETURNING user_id`,
      [recipients, delivery.eventKey, this.clock.now()],
    );
    if (claimed.length === 0) return [];
    const rows: Array<{ id: string; user_id: string }> = await manager.query(
      `INSERT INTO notification (user_id, kind, payload, actor_id, subject_key, created_at)
       SELECT unnest($1::uuid[]), $2, $3::jsonb, $4, $5, $6
       ON CONFLICT (user_id, kind, subject_key) WHERE read_at IS NULL AND subject_key IS NOT NULL
       DO UPDATE SET count = notification.count + 1, payload = EXCLUDED.payload,
                     actor_id = EXCLUDED.actor_id, created_at = EXCLUDED.created_at
       RETURNING id, user_id`,
      [
        claimed.map((row) => row.user_id),
        delivery.kind,
        JSON.stringify(delivery.payload),
        delivery.actorId,
        delivery.subjectKey,
        this.clock.now(),
      ],
    );
    await this.events.publish(manager, {
      type: 'notifications.delivered',
      kind: delivery.kind,
      notificationIds: rows.map((row) => row.id),
      userIds: rows.map((row) => row.user_id),
    });
    return rows.map((row) => row.user_id);
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

  /**
   * Marks the given notifications (all when `ids` is absent) read. An id that is not one of the
   * person's notifications refuses the whole request, and nothing changes.
   */
  async markRead(userId: string, ids: readonly string[] | null | undefined): Promise<number> {
    await this.dataSource.transaction(async (manager) => {
      if (ids && ids.length > 0) {
        const unique = [...new Set(ids)];
        const [{ owned }] = (await manager.query(
          'SELECT count(*)::int AS owned FROM notification WHERE user_id = $1 AND id = ANY($2::uuid[])',
          [userId, unique],
        )) as Array<{ owned: number }>;
        if (owned !== unique.length) {
          throw new NotificationException(
            NotificationExceptionCode.NotificationNotFound,
            'No such notification.',
          );
        }
      }
      const [, marked]: [unknown, number] = await manager.query(
        `UPDATE notification SET read_at = $3
         WHERE user_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2))`,
        [userId, ids ?? null, this.clock.now()],
      );
      // The person's other open pages update their bell.
      if (marked > 0) await this.live.publish(manager, unreadCountChanged([userId]));
    });
    return this.unreadCount(userId);
  }

  /**
   * Removes the notifications of these kinds whose payload names one of these posts, inside the
   * transaction that hid or deleted them: nothing hidden stays in a list or is mailed later.
   * @returns how many were removed
   */
  async deleteAbout(
    manager: EntityManager,
    kinds: readonly NotificationKind[],
    refs: ReadonlyArray<{
      key: 'questionId' | 'answerId' | 'commentId' | 'duplicateOfId';
      id: string;
    }>,
  ): Promise<number> {
    if (refs.length === 0 || kinds.length === 0) return 0;
    // Containment (`@>`) is what the payload's GIN index answers, so hiding a post never scans
    // every notification.
    const removed: Array<{ id: string }> = await manager.query(
      `DELETE FROM notification n
       WHERE n.kind = ANY($1::text[]) AND n.payload @> ANY($2::jsonb[])
       RETURNING n.id`,
      [kinds, refs.map((ref) => JSON.stringify({ [ref.key]: ref.id }))],
    );
    return removed.length;
  }
}
