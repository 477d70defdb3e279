import type { PostDocument } from '@forum/api/search';
import type { EntityManager } from 'typeorm';
import { markdownToPlainText } from './plain-text.js';
import { digestOf, documentLimits } from './question-documents.js';

interface IdeaRow {
  id: string;
  title: string;
  description: string;
  status: string;
  vote_count: number;
  product: string;
  created_at: Date;
  status_changed_at: Date;
}

/**
 * Ideas the board shows, as search documents. Merged ideas are left out (their votes live on in
 * the target), so they leave the index. Comment counts and demand are not indexed: what a
 * customer searches for is the title and description, ranked by votes.
 */
const selectDocuments = `
  SELECT i.id, i.title, i.description, i.status, i.vote_count, i.product_id AS product,
         i.created_at, i.status_changed_at
    FROM idea i
   WHERE i.merged_into_id IS NULL`;

/** The documents of those of these ideas that are visible; absent ids are to be removed. */
export async function loadIdeaDocuments(
  manager: EntityManager,
  ids: readonly string[],
): Promise<PostDocument[]> {
  if (ids.length === 0) return [];
  const rows: IdeaRow[] = await manager.query(`${selectDocuments} AND i.id = ANY($1::uuid[])`, [
    ids,
  ]);
  return rows.map(toDocument);
}

/** One page of all visible ideas in id order, for rebuilding and checking the index. */
export async function pageIdeaDocuments(
  manager: EntityManager,
  afterId: string | null,
  limit: number,
): Promise<PostDocument[]> {
  const rows: IdeaRow[] = await manager.query(
    `${selectDocuments} AND ($1::uuid IS NULL OR i.id > $1::uuid) ORDER BY i.id LIMIT $2`,
    [afterId, limit],
  );
  return rows.map(toDocument);
}

function toDocument(row: IdeaRow): PostDocument {
  const content = {
    id: row.id,
    type: 'idea' as const,
    title: row.title,
    body: markdownToPlainText(row.description, documentLimits.bodyChars),
    acceptedAnswer: '',
    answers: [],
    tags: [],
    product: row.product,
    state: row.status,
    solved: false,
    score: row.vote_count,
    answerCount: 0,
    answeredByStaff: false,
    // Ideas carry no language of their own; English is the community's default.
    language: 'en',
    createdAt: row.created_at.getTime(),
    // The status change is the idea's news; votes change the score, not the activity.
    lastActivityAt: Math.max(row.created_at.getTime(), row.status_changed_at.getTime()),
  };
  return { ...content, digest: digestOf(content) };
}
