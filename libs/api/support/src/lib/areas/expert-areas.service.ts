import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** The products and tags one expert covers. */
export interface ExpertAreaIds {
  productIds: string[];
  tagIds: string[];
}

/**
 * Who covers what: the one place that reads expert areas and time away, for the inbox, routing
 * and escalations.
 */
@Injectable()
export class ExpertAreas {
  /**
   * Staff (experts, moderators, admins) who cover the product or one of the tags, are not away
   * at `at`, and are neither suspended nor deleted; ordered by id for a stable result.
   */
  async expertsFor(
    manager: EntityManager,
    area: { productId: string; tagIds: readonly string[] },
    at: Date,
  ): Promise<string[]> {
    const rows: Array<{ user_id: string }> = await manager.query(
      `SELECT DISTINCT a.user_id
       FROM expert_area a
       JOIN user_account u ON u.id = a.user_id
       LEFT JOIN expert_availability away ON away.user_id = a.user_id
         AND away.away_since <= $3 AND (away.away_until IS NULL OR away.away_until > $3)
       WHERE (a.product_id = $1 OR a.tag_id = ANY($2::uuid[]))
         AND u.role IN ('expert', 'moderator', 'admin')
         AND u.deleted_at IS NULL
         AND (u.suspended_until IS NULL OR u.suspended_until <= $3)
         AND away.user_id IS NULL
       ORDER BY a.user_id`,
      [area.productId, [...area.tagIds], at],
    );
    return rows.map((row) => row.user_id);
  }

  async areasOf(manager: EntityManager, userId: string): Promise<ExpertAreaIds> {
    const rows: Array<{ product_id: string | null; tag_id: string | null }> = await manager.query(
      'SELECT product_id, tag_id FROM expert_area WHERE user_id = $1 ORDER BY created_at, id',
      [userId],
    );
    return {
      productIds: rows.flatMap((row) => row.product_id ?? []),
      tagIds: rows.flatMap((row) => row.tag_id ?? []),
    };
  }

  async isAway(manager: EntityManager, userId: string, at: Date): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM expert_availability
       WHERE user_id = $1 AND away_since <= $2 AND (away_until IS NULL OR away_until > $2)`,
      [userId, at],
    );
    return rows.length > 0;
  }
}
