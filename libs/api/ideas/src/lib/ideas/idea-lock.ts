import type { EntityManager } from 'typeorm';
import { IdeasException, IdeasExceptionCode } from '../ideas.exception.js';
import { IdeaEntity } from './idea.entity.js';

/**
 * The idea row, locked for the rest of the transaction: every write that changes an idea's
 * counters takes this lock first, so concurrent votes, links and merges queue up on it.
 */
export async function lockIdea(
  manager: EntityManager,
  id: string,
  options: { allowMerged?: boolean } = {},
): Promise<IdeaEntity> {
  const idea = await manager.findOne(IdeaEntity, {
    where: { id },
    lock: { mode: 'pessimistic_write' },
  });
  if (!idea) throw new IdeasException(IdeasExceptionCode.IdeaNotFound, 'There is no such idea.');
  if (idea.mergedIntoId && !options.allowMerged) {
    throw new IdeasException(
      IdeasExceptionCode.IdeaMerged,
      'This idea was merged into another one; continue there.',
      { mergedIntoId: idea.mergedIntoId },
    );
  }
  return idea;
}

/**
 * The order to lock several ideas in: always the same for the same ideas, so two transactions
 * locking the same pair (crossing merges) cannot deadlock.
 */
export function inLockOrder(ids: readonly string[]): string[] {
  return [...ids].sort();
}
