import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import type { VoteTarget } from './vote.service.js';

/**
 * Batches the signed-in person's votes on the questions or answers of a response into one query
 * per kind of post.
 */
@Injectable()
export class VoteLoader {
  /** Per request, one loader per kind of post and voter. */
  private readonly perRequest = new WeakMap<object, Map<string, DataLoader<string, number>>>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The viewer's vote (1, -1 or 0) on a question or an answer. */
  viewerVote(request: object, kind: VoteTarget, userId: string, postId: string): Promise<number> {
    let loaders = this.perRequest.get(request);
    if (!loaders) {
      loaders = new Map();
      this.perRequest.set(request, loaders);
    }
    const key = `${kind}:${userId}`;
    let loader = loaders.get(key);
    if (!loader) {
      const table = kind === 'question' ? 'question_vote' : 'answer_vote';
      const column = kind === 'question' ? 'question_id' : 'answer_id';
      loader = new DataLoader(async (ids: readonly string[]) => {
        const rows: Array<{ id: string; value: number }> = await this.dataSource.query(
          `SELECT ${column} AS id, value FROM ${table} WHERE user_id = $1 AND ${column} = ANY($2)`,
          [userId, ids],
        );
        return ids.map((id) => rows.find((row) => row.id === id)?.value ?? 0);
      });
      loaders.set(key, loader);
    }
    return loader.load(postId);
  }
}
