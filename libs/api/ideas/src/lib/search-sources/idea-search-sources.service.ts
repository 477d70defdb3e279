import { Injectable } from '@nestjs/common';
import type { IdeaStatus } from '@forum/shared/domain';
import type { EntityManager } from 'typeorm';

/** What the search index needs to know of one idea the board shows. */
export interface IdeaSearchSource {
  id: string;
  title: string;
  /** Markdown, as written. */
  description: string;
  status: IdeaStatus;
  voteCount: number;
  productId: string;
  createdAt: Date;
  statusChangedAt: Date;
}

interface IdeaRow {
  id: string;
  title: string;
  description: string;
  status: IdeaStatus;
  vote_count: number;
  product: string;
  created_at: Date;
  status_changed_at: Date;
}

/**
 * Ideas the board shows. Merged ideas are left out (their votes live on in the target), so they
 * leave the index.
 */
const selectSources = `
  SELECT i.id, i.title, i.description, i.status, c.vote_count, i.product_id AS product,
         i.created_at, i.status_changed_at
    FROM idea i
    JOIN idea_counter_live c ON c.idea_id = i.id
   WHERE i.merged_into_id IS NULL`;

/**
 * The ideas as search sees them: a read-only projection, one statement per call. Reads through
 * the caller's manager, so an indexer reads inside its own transaction.
 */
@Injectable()
export class IdeaSearchSources {
  /** Those of these ideas that are visible; the others are to leave the index. */
  async load(manager: EntityManager, ideaIds: readonly string[]): Promise<IdeaSearchSource[]> {
    if (ideaIds.length === 0) return [];
    const rows: IdeaRow[] = await manager.query(`${selectSources} AND i.id = ANY($1::uuid[])`, [
      ideaIds,
    ]);
    return rows.map(toSource);
  }

  /** One page of all visible ideas in id order, for rebuilding and checking the index. */
  async page(
    manager: EntityManager,
    afterId: string | null,
    limit: number,
  ): Promise<IdeaSearchSource[]> {
    const rows: IdeaRow[] = await manager.query(
      `${selectSources} AND ($1::uuid IS NULL OR i.id > $1::uuid) ORDER BY i.id LIMIT $2`,
      [afterId, limit],
    );
    return rows.map(toSource);
  }

  /**
   * Ideas (shown or merged) whose document may have changed since `since`: written (votes, edits,
   * merges) or given a new status. The most recent first, at most `limit`.
   */
  async changedSince(manager: EntityManager, since: Date, limit: number): Promise<string[]> {
    const rows: Array<{ id: string }> = await manager.query(
      `SELECT id FROM idea
        WHERE updated_at >= $1 OR status_changed_at >= $1
        ORDER BY greatest(updated_at, status_changed_at) DESC, id LIMIT $2`,
      [since, limit],
    );
    return rows.map((row) => row.id);
  }
}

function toSource(row: IdeaRow): IdeaSearchSource {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    status: row.status,
    voteCount: row.vote_count,
    productId: row.product,
    createdAt: row.created_at,
    statusChangedAt: row.status_changed_at,
  };
}
