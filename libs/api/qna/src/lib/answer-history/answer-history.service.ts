import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** One visible answer, with what tells how much it speaks for its author's knowledge. */
export interface HistoricAnswer {
  answerId: string;
  authorId: string;
  questionId: string;
  productId: string;
  /** The question's tags. */
  tagIds: string[];
  /** It is the question's accepted answer. */
  accepted: boolean;
  score: number;
  createdAt: Date;
}

/** A visible question as routing needs it. */
export interface QuestionContext {
  id: string;
  authorId: string;
  title: string;
  body: string;
  productId: string;
  productName: string;
  tagIds: string[];
}

/** Rows one history read returns at most, newest first. */
export const answerHistoryLimit = 2000;

const answerColumns = `a.id AS "answerId", a.author_id AS "authorId", a.question_id AS "questionId",
  q.product_id AS "productId",
  ARRAY(SELECT qt.tag_id FROM question_tag qt WHERE qt.question_id = q.id ORDER BY qt.tag_id)::text[] AS "tagIds",
  (q.accepted_answer_id IS NOT DISTINCT FROM a.id) AS accepted, a.score, a.created_at AS "createdAt"`;
const answerVisible = `a.deleted_at IS NULL AND a.hidden_at IS NULL
  AND q.deleted_at IS NULL AND q.hidden_at IS NULL`;

/**
 * Who answered what, and how well: visible answers on visible questions, for the support desk's
 * routing of new questions to the people who solved similar ones. Each read is one bounded query.
 */
@Injectable()
export class AnswerHistory {
  /** Visible answers on these questions, newest first. */
  async forQuestions(
    manager: EntityManager,
    questionIds: readonly string[],
    limit = answerHistoryLimit,
  ): Promise<HistoricAnswer[]> {
    if (questionIds.length === 0) return [];
    const rows: HistoricAnswer[] = await manager.query(
      `SELECT ${answerColumns}
       FROM answer a JOIN question q ON q.id = a.question_id
       WHERE a.question_id = ANY($1::uuid[]) AND ${answerVisible}
       ORDER BY a.created_at DESC, a.id
       LIMIT $2`,
      [[...questionIds], limit],
    );
    return rows.map(normalised);
  }

  /**
   * Visible answers posted since `since` on questions of the product; those on questions sharing
   * one of the tags come first, then the newest.
   */
  async forArea(
    manager: EntityManager,
    area: { productId: string; tagIds: readonly string[]; since: Date },
    limit = answerHistoryLimit,
  ): Promise<HistoricAnswer[]> {
    const rows: HistoricAnswer[] = await manager.query(
      `SELECT ${answerColumns}
       FROM question q JOIN answer a ON a.question_id = q.id
       WHERE q.product_id = $1 AND a.created_at >= $3 AND ${answerVisible}
       ORDER BY EXISTS (SELECT 1 FROM question_tag qt
                        WHERE qt.question_id = q.id AND qt.tag_id = ANY($2::uuid[])) DESC,
                a.created_at DESC, a.id
       LIMIT $4`,
      [area.productId, [...area.tagIds], area.since, limit],
    );
    return rows.map(normalised);
  }

  /** The question with its product's name and its tags; null when hidden, deleted or unknown. */
  async question(manager: EntityManager, questionId: string): Promise<QuestionContext | null> {
    const rows: QuestionContext[] = await manager.query(
      `SELECT q.id, q.author_id AS "authorId", q.title, q.body, q.product_id AS "productId",
         p.name AS "productName",
         ARRAY(SELECT qt.tag_id FROM question_tag qt WHERE qt.question_id = q.id ORDER BY qt.tag_id)::text[] AS "tagIds"
       FROM question q JOIN product p ON p.id = q.product_id
       WHERE q.id = $1 AND q.deleted_at IS NULL AND q.hidden_at IS NULL`,
      [questionId],
    );
    return rows[0] ?? null;
  }
}

function normalised(row: HistoricAnswer): HistoricAnswer {
  return { ...row, score: Number(row.score), createdAt: new Date(row.createdAt) };
}
