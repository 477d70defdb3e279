import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { CommentEntity } from './comment.entity.js';
import { CommentService } from './comment.service.js';

interface RequestLoaders {
  question: DataLoader<string, CommentEntity[]>;
  answer: DataLoader<string, CommentEntity[]>;
}

/**
 * Batches the comments of every question and every answer a response shows into one query per
 * kind of post, so a question page costs the same however many answers it has.
 */
@Injectable()
export class CommentLoader {
  private readonly perRequest = new WeakMap<object, RequestLoaders>();

  constructor(private readonly comments: CommentService) {}

  /** Comments on a question or an answer, oldest first. */
  forPost(request: object, kind: 'question' | 'answer', postId: string): Promise<CommentEntity[]> {
    let loaders = this.perRequest.get(request);
    if (!loaders) {
      loaders = {
        question: new DataLoader((ids) => this.comments.forPosts('question', ids)),
        answer: new DataLoader((ids) => this.comments.forPosts('answer', ids)),
      };
      this.perRequest.set(request, loaders);
    }
    return loaders[kind].load(postId);
  }
}
