import type { EntityManager } from 'typeorm';
import {
  type RoutingReason,
  type RoutingSuggestion,
  type RoutingSuggestionRow,
  toRoutingSuggestion,
} from './routing-suggestion.model.js';

/** The stored suggestions of a question: experts first, then community members, each by rank. */
export async function routingSuggestionsOf(
  manager: EntityManager,
  questionId: string,
): Promise<RoutingSuggestion[]> {
  const rows: RoutingSuggestionRow[] = await manager.query(
    `SELECT user_id, audience, rank, score, solved_similar, answered_in_area, area_name
     FROM routing_suggestion WHERE question_id = $1
     ORDER BY audience = 'expert' DESC, rank, user_id`,
    [questionId],
  );
  return rows.map(toRoutingSuggestion);
}

/**
 * Why the question goes to its top suggested expert, for the inbox row; null until its
 * suggestions are computed or when no expert is suggested.
 */
export async function routingReasonFor(
  manager: EntityManager,
  questionId: string,
): Promise<RoutingReason | null> {
  const [top] = (await routingSuggestionsOf(manager, questionId)).filter(
    (suggestion) => suggestion.audience === 'expert',
  );
  if (!top) return null;
  const { userId, solvedSimilar, answeredInArea, areaName } = top;
  return { userId, solvedSimilar, answeredInArea, areaName };
}

/**
 * `routingReasonFor` for many questions in one statement (an inbox page): each question's top
 * expert suggestion, or null.
 */
export async function routingReasonsFor(
  manager: EntityManager,
  questionIds: readonly string[],
): Promise<Map<string, RoutingReason>> {
  const reasons = new Map<string, RoutingReason>();
  if (questionIds.length === 0) return reasons;
  const rows: (RoutingSuggestionRow & { question_id: string })[] = await manager.query(
    `SELECT DISTINCT ON (question_id)
            question_id, user_id, audience, rank, score, solved_similar, answered_in_area, area_name
     FROM routing_suggestion
     WHERE question_id = ANY($1::uuid[]) AND audience = 'expert'
     ORDER BY question_id, rank, user_id`,
    [questionIds],
  );
  for (const row of rows) {
    const { userId, solvedSimilar, answeredInArea, areaName } = toRoutingSuggestion(row);
    reasons.set(row.question_id, { userId, solvedSimilar, answeredInArea, areaName });
  }
  return reasons;
}
