import { Injectable, type OnModuleInit } from '@nestjs/common';
import {
  type DigestExtras,
  DigestExtrasRegistry,
  type DigestSolvedQuestion,
} from '@forum/api/notifications';
import { FollowTarget } from '@forum/shared/domain';
import type { EntityManager } from 'typeorm';

/**
 * Solved questions for digests: visible questions in followed products whose answer was accepted
 * in the period, which the reader neither asked nor answered.
 */
@Injectable()
export class FollowingDigestExtras implements DigestExtras, OnModuleInit {
  constructor(private readonly registry: DigestExtrasRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async solvedQuestions(
    manager: EntityManager,
    userId: string,
    since: Date,
    until: Date,
    limit: number,
  ): Promise<DigestSolvedQuestion[]> {
    const rows: Array<{ id: string; title: string; product_name: string; accepted_at: Date }> =
      await manager.query(
        `SELECT q.id, q.title, p.name AS product_name, q.accepted_at
         FROM follow f
         JOIN question q ON q.product_id = f.target_id
         JOIN product p ON p.id = q.product_id
         JOIN answer a ON a.id = q.accepted_answer_id
         WHERE f.user_id = $1 AND f.target_type = $2
           AND q.accepted_at >= $3 AND q.accepted_at < $4
           AND q.hidden_at IS NULL AND q.deleted_at IS NULL
           AND a.hidden_at IS NULL AND a.deleted_at IS NULL
           AND q.author_id <> $1
           AND NOT EXISTS (SELECT 1 FROM answer mine
                           WHERE mine.question_id = q.id AND mine.author_id = $1)
         ORDER BY q.accepted_at DESC, q.id DESC
         LIMIT $5`,
        [userId, FollowTarget.Product, since, until, limit],
      );
    return rows.map((row) => ({
      questionId: row.id,
      title: row.title,
      productName: row.product_name,
      solvedAt: new Date(row.accepted_at),
    }));
  }
}
