import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import type { CommentEntity } from './comments/comment.entity.js';
import { CommentService } from './comments/comment.service.js';
import {
  type ConfirmationCounts,
  ConfirmationService,
} from './confirmations/confirmation.service.js';
import { ProductEntity } from './products/product.entity.js';

interface RequestLoaders {
  questionComments: DataLoader<string, CommentEntity[]>;
  answerComments: DataLoader<string, CommentEntity[]>;
  confirmations: DataLoader<string, ConfirmationCounts>;
  products: DataLoader<string, ProductEntity | null>;
  viewerVotes: Map<string, DataLoader<string, number>>;
  viewerConfirmations: Map<string, DataLoader<string, boolean>>;
}

/**
 * Per-request batching for everything a question page or list mentions, so the number of SQL
 * statements does not grow with the number of answers, comments or authors.
 */
@Injectable()
export class QnaLoaders {
  private readonly perRequest = new WeakMap<object, RequestLoaders>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly comments: CommentService,
    private readonly confirmationService: ConfirmationService,
  ) {}

  for(request: object): RequestLoaders {
    let loaders = this.perRequest.get(request);
    if (!loaders) {
      loaders = {
        questionComments: new DataLoader((ids) => this.comments.forPosts('question', ids)),
        answerComments: new DataLoader((ids) => this.comments.forPosts('answer', ids)),
        confirmations: new DataLoader((ids) => this.confirmationService.counts(ids)),
        products: new DataLoader(async (ids) => {
          const rows = await this.dataSource
            .getRepository(ProductEntity)
            .findBy({ id: In([...ids]) });
          return ids.map((id) => rows.find((row) => row.id === id) ?? null);
        }),
        viewerVotes: new Map(),
        viewerConfirmations: new Map(),
      };
      this.perRequest.set(request, loaders);
    }
    return loaders;
  }

  /** The viewer's vote (1, -1 or 0) on questions or answers. */
  viewerVote(
    request: object,
    kind: 'question' | 'answer',
    userId: string,
    postId: string,
  ): Promise<number> {
    const loaders = this.for(request);
    const key = `${kind}:${userId}`;
    let loader = loaders.viewerVotes.get(key);
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
      loaders.viewerVotes.set(key, loader);
    }
    return loader.load(postId);
  }

  viewerConfirmed(request: object, userId: string, answerId: string): Promise<boolean> {
    const loaders = this.for(request);
    let loader = loaders.viewerConfirmations.get(userId);
    if (!loader) {
      loader = new DataLoader(async (ids: readonly string[]) => {
        const rows: Array<{ answer_id: string }> = await this.dataSource.query(
          'SELECT answer_id FROM answer_confirmation WHERE user_id = $1 AND answer_id = ANY($2)',
          [userId, ids],
        );
        return ids.map((id) => rows.some((row) => row.answer_id === id));
      });
      loaders.viewerConfirmations.set(userId, loader);
    }
    return loader.load(answerId);
  }
}
