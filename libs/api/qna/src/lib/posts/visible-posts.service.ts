import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export type PostKind = 'question' | 'answer' | 'comment';

/** A post everyone may read (neither it nor what it sits under is hidden or deleted). */
export interface VisiblePost {
  kind: PostKind;
  id: string;
  authorId: string;
  /** The Markdown as it reads now. */
  body: string;
  questionId: string;
  questionTitle: string;
  questionAuthorId: string;
  /** The answer the post is or sits under; null for a question and its comments. */
  answerId: string | null;
  productId: string;
  tagIds: string[];
}

const questionColumns = `q.id AS "questionId", q.title AS "questionTitle",
  q.author_id AS "questionAuthorId", q.product_id AS "productId",
  ARRAY(SELECT qt.tag_id FROM question_tag qt WHERE qt.question_id = q.id ORDER BY qt.tag_id)::text[] AS "tagIds"`;
const questionVisible = 'q.deleted_at IS NULL AND q.hidden_at IS NULL';

/**
 * Reads posts as a visitor would see them, many in one query per kind, inside the caller's
 * transaction: for work that must skip whatever was hidden or deleted since it was queued.
 */
@Injectable()
export class VisiblePosts {
  /**
   * @param options.share holds the rows `FOR SHARE` until the transaction ends, so hiding or
   *   deleting them waits for the caller, and the caller never acts on a post hidden meanwhile
   */
  async find(
    manager: EntityManager,
    kind: PostKind,
    ids: readonly string[],
    options: { share?: boolean } = {},
  ): Promise<Map<string, VisiblePost>> {
    if (ids.length === 0) return new Map();
    const query = options.share ? `${queries[kind]} ${shareLocks[kind]}` : queries[kind];
    const rows: Array<Omit<VisiblePost, 'kind'>> = await manager.query(query, [ids]);
    return new Map(rows.map((row) => [row.id, { kind, ...row }]));
  }
}

const queries: Record<PostKind, string> = {
  question: `SELECT q.id, q.author_id AS "authorId", q.body, NULL AS "answerId", ${questionColumns}
    FROM question q WHERE q.id = ANY($1::uuid[]) AND ${questionVisible}`,
  answer: `SELECT a.id, a.author_id AS "authorId", a.body, a.id AS "answerId", ${questionColumns}
    FROM answer a JOIN question q ON q.id = a.question_id
    WHERE a.id = ANY($1::uuid[]) AND a.deleted_at IS NULL AND a.hidden_at IS NULL
      AND ${questionVisible}`,
  comment: `SELECT c.id, c.author_id AS "authorId", c.body, c.answer_id AS "answerId", ${questionColumns}
    FROM comment c LEFT JOIN answer a ON a.id = c.answer_id
    JOIN question q ON q.id = COALESCE(c.question_id, a.question_id)
    WHERE c.id = ANY($1::uuid[]) AND c.deleted_at IS NULL
      AND (c.answer_id IS NULL OR (a.deleted_at IS NULL AND a.hidden_at IS NULL))
      AND ${questionVisible}`,
};

const shareLocks: Record<PostKind, string> = {
  question: 'FOR SHARE OF q',
  answer: 'FOR SHARE OF a, q',
  comment: 'FOR SHARE OF c, q',
};
