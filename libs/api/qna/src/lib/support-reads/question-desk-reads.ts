import { Injectable } from '@nestjs/common';
import type { QuestionState } from '@forum/shared/domain';
import type { EntityManager } from 'typeorm';

/** What the support desk needs to know about a question, whatever its visibility. */
export interface QuestionDeskFacts {
  id: string;
  productId: string;
  authorId: string;
  title: string;
  tagIds: string[];
  state: QuestionState;
  acceptedAnswerId: string | null;
  hidden: boolean;
  deleted: boolean;
  createdAt: Date;
}

/**
 * The questions-and-answers facts another domain's support desk reads (product, tags, asker,
 * whether it is closed, hidden or deleted), inside the caller's transaction.
 */
@Injectable()
export class QuestionDeskReads {
  async facts(manager: EntityManager, questionId: string): Promise<QuestionDeskFacts | null> {
    const rows: Array<{
      id: string;
      product_id: string;
      author_id: string;
      title: string;
      tag_ids: string[];
      state: QuestionState;
      accepted_answer_id: string | null;
      hidden_at: Date | null;
      deleted_at: Date | null;
      created_at: Date;
    }> = await manager.query(
      `SELECT q.id, q.product_id, q.author_id, q.title, q.state, q.accepted_answer_id,
              q.hidden_at, q.deleted_at, q.created_at,
              COALESCE(ARRAY(SELECT qt.tag_id FROM question_tag qt WHERE qt.question_id = q.id
                             ORDER BY qt.tag_id), '{}') AS tag_ids
       FROM question q WHERE q.id = $1`,
      [questionId],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      id: row.id,
      productId: row.product_id,
      authorId: row.author_id,
      title: row.title,
      tagIds: row.tag_ids,
      state: row.state,
      acceptedAnswerId: row.accepted_answer_id,
      hidden: row.hidden_at !== null,
      deleted: row.deleted_at !== null,
      createdAt: row.created_at,
    };
  }
}
