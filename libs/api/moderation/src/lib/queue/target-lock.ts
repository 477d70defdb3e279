import type { FlagTargetKind } from '@forum/shared/domain';
import type { EntityManager } from 'typeorm';

/**
 * Serialises everything that changes one target's review state (flags, the spam rules,
 * resolutions) until the caller's transaction ends. Take it before locking the review item's
 * row, always in this order, so two writers never wait on each other in a circle.
 */
export async function lockReviewTarget(
  manager: EntityManager,
  targets: ReadonlyArray<{ kind: FlagTargetKind; id: string }>,
): Promise<void> {
  const keys = [...new Set(targets.map((target) => `review:${target.kind}:${target.id}`))].sort();
  for (const key of keys) {
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [key]);
  }
}
