import { Injectable } from '@nestjs/common';
import type { QuestionState } from '@forum/shared/domain';
import type { EntityManager } from 'typeorm';

/** What the search index needs to know of one visible question; text is Markdown as written. */
export interface QuestionSearchSource {
  id: string;
  title: string;
  body: string;
  state: QuestionState;
  score: number;
  answerCount: number;
  language: 'en' | 'de';
  createdAt: Date;
  lastActivityAt: Date;
  productId: string;
  /** Tag slugs in alphabetical order. */
  tags: string[];
  solved: boolean;
  /** The accepted answer's body, null when none is accepted or it was deleted or hidden. */
  acceptedAnswer: string | null;
  /** The bodies of the three best other answers, by score, then age. */
  otherAnswers: string[];
  /** Whether anyone but a member (an expert, a moderator) answered. */
  answeredByStaff: boolean;
  /** Staff stand behind the accepted answer: they wrote it, or marked it as the solution. */
  acceptedByStaff: boolean;
  /** "Worked for me too" confirmations of the accepted answer. */
  confirmations: number;
}

interface QuestionRow {
  id: string;
  title: string;
  body: string;
  state: QuestionState;
  score: number;
  answer_count: number;
  language: 'en' | 'de';
  created_at: Date;
  last_activity_at: Date;
  product: string;
  tags: string[];
  solved: boolean;
  accepted_answer: string | null;
  answers: string[];
  answered_by_staff: boolean;
  accepted_by_staff: boolean;
  confirmations: number;
}

/**
 * Visible questions with what search indexes of them, read in one statement. Deleted and hidden
 * questions and answers are left out, so whatever this returns is what anyone may find.
 */
const selectSources = `
  SELECT q.id, q.title, q.body, q.state, q.score, q.answer_count, q.language, q.created_at,
         q.last_activity_at, q.product_id AS product,
         ARRAY(SELECT t.slug FROM question_tag qt JOIN tag t ON t.id = qt.tag_id
               WHERE qt.question_id = q.id ORDER BY t.slug) AS tags,
         accepted.body AS accepted_answer, accepted.body IS NOT NULL AS solved,
         ARRAY(SELECT a.body FROM answer a
                WHERE a.question_id = q.id AND a.deleted_at IS NULL AND a.hidden_at IS NULL
                  AND a.id IS DISTINCT FROM q.accepted_answer_id
                ORDER BY a.score DESC, a.created_at, a.id
                LIMIT 3) AS answers,
         EXISTS (SELECT 1 FROM answer a JOIN user_account u ON u.id = a.author_id
                  WHERE a.question_id = q.id AND a.deleted_at IS NULL AND a.hidden_at IS NULL
                    AND u.role <> 'member')
           AS answered_by_staff,
         accepted.body IS NOT NULL AND (
           EXISTS (SELECT 1 FROM user_account u WHERE u.id = accepted.author_id AND u.role <> 'member')
           OR EXISTS (SELECT 1 FROM user_account u WHERE u.id = q.accepted_by_id AND u.role <> 'member')
         ) AS accepted_by_staff,
         COALESCE(accepted.confirmation_count, 0) AS confirmations
    FROM question q
    LEFT JOIN answer accepted ON accepted.id = q.accepted_answer_id
                             AND accepted.deleted_at IS NULL AND accepted.hidden_at IS NULL
   WHERE q.deleted_at IS NULL AND q.hidden_at IS NULL`;

/**
 * The questions as search sees them: a read-only projection for building thousands of documents
 * a second, where loading entities would be far slower. Reads through the caller's manager, so
 * an indexer reads inside its own transaction.
 */
@Injectable()
export class QuestionSearchSources {
  /** Those of these questions that are visible; the others are to leave the index. */
  async load(
    manager: EntityManager,
    questionIds: readonly string[],
  ): Promise<QuestionSearchSource[]> {
    if (questionIds.length === 0) return [];
    const rows: QuestionRow[] = await manager.query(`${selectSources} AND q.id = ANY($1::uuid[])`, [
      questionIds,
    ]);
    return rows.map(toSource);
  }

  /** One page of all visible questions in id order, for rebuilding and checking the index. */
  async page(
    manager: EntityManager,
    afterId: string | null,
    limit: number,
  ): Promise<QuestionSearchSource[]> {
    const rows: QuestionRow[] = await manager.query(
      `${selectSources} AND ($1::uuid IS NULL OR q.id > $1::uuid) ORDER BY q.id LIMIT $2`,
      [afterId, limit],
    );
    return rows.map(toSource);
  }

  /**
   * Questions (visible or not) whose document may have changed since `since`: the question or one
   * of its answers was written, or it had activity. The most recent first, at most `limit`.
   */
  async changedSince(manager: EntityManager, since: Date, limit: number): Promise<string[]> {
    const rows: Array<{ id: string }> = await manager.query(
      `SELECT id FROM (
         SELECT id, updated_at AS changed_at FROM question WHERE updated_at >= $1
         UNION ALL
         SELECT id, last_activity_at FROM question WHERE last_activity_at >= $1
         UNION ALL
         SELECT question_id, updated_at FROM answer WHERE updated_at >= $1
       ) changed
       GROUP BY id ORDER BY max(changed_at) DESC, id LIMIT $2`,
      [since, limit],
    );
    return rows.map((row) => row.id);
  }
}

function toSource(row: QuestionRow): QuestionSearchSource {
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    state: row.state,
    score: row.score,
    answerCount: row.answer_count,
    language: row.language,
    createdAt: row.created_at,
    lastActivityAt: row.last_activity_at,
    productId: row.product,
    tags: row.tags,
    solved: row.solved,
    acceptedAnswer: row.accepted_answer,
    otherAnswers: row.answers,
    answeredByStaff: row.answered_by_staff,
    acceptedByStaff: row.accepted_by_staff,
    confirmations: row.confirmations,
  };
}
