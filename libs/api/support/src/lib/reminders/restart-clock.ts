import type { EntityManager } from 'typeorm';
import { type SupportPolicies, targetMoment } from '../policy/support-policies.service.js';

/**
 * "Still not solved": the question goes back into the experts' inbox as a new cycle with a fresh
 * first-response clock from `at`; whoever had it, snoozed it or waited for the customer starts
 * over. The case row is locked while it changes.
 * @returns false when the question has no support case
 */
export async function restartClock(
  manager: EntityManager,
  policies: SupportPolicies,
  questionId: string,
  at: Date,
): Promise<boolean> {
  const [row]: Array<{ product_id: string }> = await manager.query(
    `SELECT product_id FROM support_case WHERE question_id = $1 FOR UPDATE`,
    [questionId],
  );
  if (!row) return false;
  const policy = await policies.forProduct(manager, row.product_id);
  await manager.query(
    `UPDATE support_case
     SET status = 'awaiting_response', cycle = cycle + 1, clock_started_at = $2, due_at = $3,
         responded_at = NULL, responded_by_id = NULL, waiting_since = NULL,
         claimed_by_id = NULL, claimed_at = NULL, assigned_by_id = NULL,
         snoozed_until = NULL, breached_at = NULL, updated_at = $2
     WHERE question_id = $1`,
    [questionId, at, targetMoment(policy, at)],
  );
  return true;
}
