import { Injectable } from '@nestjs/common';
import { IdeaSearchSources } from '@forum/api/ideas';
import { QuestionSearchSources } from '@forum/api/qna';
import type { EntityManager } from 'typeorm';
import { toIdeaDocument, toQuestionDocument } from './post-documents.mapper.js';
import type { PostDocument, PostType } from './posts.index.js';

/** Where the documents of one kind of post come from: always the database, never the index. */
export interface PostSource {
  type: PostType;
  /** The documents of those of these posts that are visible; absent ids leave the index. */
  load(manager: EntityManager, ids: readonly string[]): Promise<PostDocument[]>;
  /** One page of all visible posts in id order. */
  page(manager: EntityManager, afterId: string | null, limit: number): Promise<PostDocument[]>;
  /** Ids of posts (visible or not) changed since then, the most recent first, at most `limit`. */
  changedSince(manager: EntityManager, since: Date, limit: number): Promise<string[]>;
}

/** The documents of every kind of post, read from the domains that own them. */
@Injectable()
export class PostSources {
  /** Questions first, then ideas. */
  readonly all: readonly PostSource[];

  constructor(questions: QuestionSearchSources, ideas: IdeaSearchSources) {
    this.all = [
      {
        type: 'question',
        load: async (manager, ids) => (await questions.load(manager, ids)).map(toQuestionDocument),
        page: async (manager, afterId, limit) =>
          (await questions.page(manager, afterId, limit)).map(toQuestionDocument),
        changedSince: (manager, since, limit) => questions.changedSince(manager, since, limit),
      },
      {
        type: 'idea',
        load: async (manager, ids) => (await ideas.load(manager, ids)).map(toIdeaDocument),
        page: async (manager, afterId, limit) =>
          (await ideas.page(manager, afterId, limit)).map(toIdeaDocument),
        changedSince: (manager, since, limit) => ideas.changedSince(manager, since, limit),
      },
    ];
  }

  of(type: PostType): PostSource {
    const source = this.all.find((candidate) => candidate.type === type);
    if (!source) throw new Error(`No document source for posts of type "${type}"`);
    return source;
  }
}
