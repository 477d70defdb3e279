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
