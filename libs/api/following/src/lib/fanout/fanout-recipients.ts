import type { FollowTarget } from '@forum/shared/domain';
import type { EntityManager } from 'typeorm';

/**
 * The next page of people who follow any of these targets, by user id after `afterUserId`: keyset
 * paging, so the thousandth page costs what the first does (the primary key serves it).
 */
export async function followersOf(
  manager: EntityManager,
  targetType: FollowTarget,
  targetIds: readonly string[],
  afterUserId: string | null,
  limit: number,
): Promise<string[]> {
  if (targetIds.length === 0) return [];
  const rows: Array<{ user_id: string }> = await manager.query(
    `SELECT DISTINCT user_id FROM follow
     WHERE target_type = $1 AND target_id = ANY($2::uuid[]) AND ($3::uuid IS NULL OR user_id > $3)
     ORDER BY user_id LIMIT $4`,
    [targetType, targetIds, afterUserId, limit],
  );
  return rows.map((row) => row.user_id);
}
