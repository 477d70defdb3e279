import type { EntityManager } from 'typeorm';
import { IdeasException, IdeasExceptionCode } from '../ideas.exception.js';
import { IdeaEntity } from './idea.entity.js';

/**
 * The idea row, locked for the rest of the transaction: edits, links, status changes and merges
 * take this lock first, so they queue up on it, and votes wait for them (see `shareIdea`).
 */
export async function lockIdea(
  manager: EntityManager,
  id: string,
  options: { allowMerged?: boolean } = {},
): Promise<IdeaEntity> {
  return checked(
    await manager.findOne(IdeaEntity, { where: { id }, lock: { mode: 'pessimistic_write' } }),
    options,
  );
}

/**
 * The idea row, held for a vote: a share lock that any number of votes hold together (votes on
 * one idea never wait for each other, ADR 0031), while `lockIdea` waits for them and they for it,
 * so no vote slips into the middle of a merge or status change.
 */
export async function shareIdea(manager: EntityManager, id: string): Promise<IdeaEntity> {
  return checked(
    await manager.findOne(IdeaEntity, { where: { id }, lock: { mode: 'for_key_share' } }),
    {},
  );
}

function checked(idea: IdeaEntity | null, options: { allowMerged?: boolean }): IdeaEntity {
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
