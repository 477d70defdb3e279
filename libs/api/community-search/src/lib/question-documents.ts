import { createHash } from 'node:crypto';
import type { PostDocument } from '@forum/api/search';
import type { EntityManager } from 'typeorm';
import { markdownToPlainText } from './plain-text.js';

/** Bounds that keep a document small however long the thread grows. */
export const documentLimits = { bodyChars: 8_000, answerChars: 3_000, otherAnswers: 3 } as const;

interface QuestionRow {
  id: string;
  title: string;
  body: string;
  state: string;
  score: number;
  answer_count: number;
  language: string;
  created_at: Date;
  last_activity_at: Date;
  product: string;
  tags: string[];
  solved: boolean;
  accepted_answer: string | null;
  answers: string[];
  answered_by_staff: boolean;
}

/**
 * Visible questions as search documents, read in one statement. Deleted questions and deleted
 * answers are left out, so whatever this returns is what anyone may find.
 */
const selectDocuments = `
  SELECT q.id, q.title, q.body, q.state, q.score, q.answer_count, q.language, q.created_at,
         q.last_activity_at, q.product_id AS product, q.accepted_answer_id IS NOT NULL AS solved,
         ARRAY(SELECT t.slug FROM question_tag qt JOIN tag t ON t.id = qt.tag_id
               WHERE qt.question_id = q.id ORDER BY t.slug) AS tags,
         (SELECT a.body FROM answer a
           WHERE a.id = q.accepted_answer_id AND a.deleted_at IS NULL) AS accepted_answer,
         ARRAY(SELECT a.body FROM answer a
                WHERE a.question_id = q.id AND a.deleted_at IS NULL
                  AND a.id IS DISTINCT FROM q.accepted_answer_id
                ORDER BY a.score DESC, a.created_at, a.id
                LIMIT ${documentLimits.otherAnswers}) AS answers,
         EXISTS (SELECT 1 FROM answer a JOIN user_account u ON u.id = a.author_id
                  WHERE a.question_id = q.id AND a.deleted_at IS NULL AND u.role <> 'member')
           AS answered_by_staff
    FROM question q
   WHERE q.deleted_at IS NULL`;

/** The documents of those of these questions that are visible; absent ids are to be removed. */
export async function loadQuestionDocuments(
  manager: EntityManager,
  ids: readonly string[],
): Promise<PostDocument[]> {
  if (ids.length === 0) return [];
  const rows: QuestionRow[] = await manager.query(`${selectDocuments} AND q.id = ANY($1::uuid[])`, [
    ids,
  ]);
  return rows.map(toDocument);
}

/** One page of all visible questions in id order, for rebuilding and checking the index. */
export async function pageQuestionDocuments(
  manager: EntityManager,
  afterId: string | null,
  limit: number,
): Promise<PostDocument[]> {
  const rows: QuestionRow[] = await manager.query(
    `${selectDocuments} AND ($1::uuid IS NULL OR q.id > $1::uuid) ORDER BY q.id LIMIT $2`,
    [afterId, limit],
  );
  return rows.map(toDocument);
}

function toDocument(row: QuestionRow): PostDocument {
  const content = {
    id: row.id,
    type: 'question' as const,
    title: row.title,
    body: markdownToPlainText(row.body, documentLimits.bodyChars),
    acceptedAnswer: row.accepted_answer
      ? markdownToPlainText(row.accepted_answer, documentLimits.answerChars)
      : '',
    answers: row.answers.map((answer) => markdownToPlainText(answer, documentLimits.answerChars)),
    tags: row.tags,
    product: row.product,
    state: row.state,
    solved: row.solved,
    score: row.score,
    answerCount: row.answer_count,
    answeredByStaff: row.answered_by_staff,
    language: row.language,
    createdAt: row.created_at.getTime(),
    lastActivityAt: row.last_activity_at.getTime(),
  };
  return { ...content, digest: digestOf(content) };
}

/** A short hash of a document's content, stored with it so staleness is cheap to detect. */
export function digestOf(content: Omit<PostDocument, 'digest'>): string {
  return createHash('sha256').update(JSON.stringify(content)).digest('base64url').slice(0, 22);
}
