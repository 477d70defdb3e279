import { Injectable } from '@nestjs/common';
import { UserService } from '@forum/api/identity';
import { type ModeratedPostRef, PostModeration } from '@forum/api/qna';
import {
  type FlagTargetKind,
  FlagTargetKind as Kind,
  type PostHiddenReason,
} from '@forum/shared/domain';
import type { EntityManager } from 'typeorm';

/** What moderation needs to know about a flagged or held thing, whatever domain owns it. */
export interface TargetFacts {
  kind: FlagTargetKind;
  id: string;
  authorId: string;
  /** The post's question (for a comment, the question it is under); null for a person or idea. */
  questionId: string | null;
  productId: string | null;
  /** The question's or idea's title, the person's name. */
  title: string;
  /** The post's markdown, the comment's text or the idea's description; empty for a person. */
  body: string;
  hiddenReason: PostHiddenReason | null;
  /** Deleted, or for an idea merged into another (the board no longer shows it). */
  deleted: boolean;
}

interface IdeaRow {
  id: string;
  authorId: string;
  productId: string;
  title: string;
  description: string;
  merged: boolean;
}

interface CommentRow {
  id: string;
  authorId: string;
  body: string;
  deleted: boolean;
  questionId: string;
  productId: string;
  title: string;
}

/**
 * Looks up review targets in their owning domains: posts through qna's `PostModeration`, people
 * through `UserService`, and comments and ideas through the read models below.
 */
@Injectable()
export class ReviewTargets {
  constructor(
    private readonly posts: PostModeration,
    private readonly users: UserService,
  ) {}

  async describe(
    manager: EntityManager,
    targets: ReadonlyArray<{ kind: FlagTargetKind; id: string }>,
  ): Promise<Map<string, TargetFacts>> {
    const facts = new Map<string, TargetFacts>();
    const posts = targets.filter(
      (target): target is ModeratedPostRef =>
        target.kind === Kind.Question || target.kind === Kind.Answer,
    );
    if (posts.length > 0) {
      for (const post of await this.posts.describe(manager, posts)) {
        facts.set(post.id, {
          kind: post.kind,
          id: post.id,
          authorId: post.authorId,
          questionId: post.questionId,
          productId: post.productId,
          title: post.title,
          body: post.body,
          hiddenReason: post.hiddenReason,
          deleted: post.deletedAt !== null,
        });
      }
    }
    const commentIds = targets.filter((target) => target.kind === Kind.Comment).map((t) => t.id);
    for (const comment of await this.comments(manager, commentIds)) {
      facts.set(comment.id, {
        kind: Kind.Comment,
        id: comment.id,
        authorId: comment.authorId,
        questionId: comment.questionId,
        productId: comment.productId,
        title: comment.title,
        body: comment.body,
        hiddenReason: null,
        deleted: comment.deleted,
      });
    }
    const ideaIds = targets.filter((target) => target.kind === Kind.Idea).map((t) => t.id);
    for (const idea of await this.ideas(manager, ideaIds)) {
      facts.set(idea.id, {
        kind: Kind.Idea,
        id: idea.id,
        authorId: idea.authorId,
        questionId: null,
        productId: idea.productId,
        title: idea.title,
        body: idea.description,
        hiddenReason: null,
        deleted: idea.merged,
      });
    }
    const userIds = targets.filter((target) => target.kind === Kind.User).map((t) => t.id);
    if (userIds.length > 0) {
      for (const user of await this.users.findByIds(userIds)) {
        if (!user) continue;
        facts.set(user.id, {
          kind: Kind.User,
          id: user.id,
          authorId: user.id,
          questionId: null,
          productId: null,
          title: user.displayName,
          body: '',
          hiddenReason: null,
          deleted: user.deletedAt !== null,
        });
      }
    }
    return facts;
  }

  async describeOne(
    manager: EntityManager,
    target: { kind: FlagTargetKind; id: string },
  ): Promise<TargetFacts | null> {
    return (await this.describe(manager, [target])).get(target.id) ?? null;
  }

  /**
   * Read model (ADR 0018): a comment with its author and the question it sits under, for the
   * review queue. One statement, because a comment names either its question or its answer and
   * the product area and title come from the question either way.
   */
  private async comments(manager: EntityManager, ids: readonly string[]): Promise<CommentRow[]> {
    if (ids.length === 0) return [];
    return (await manager.query(
      `SELECT c.id, c.author_id AS "authorId", c.body, c.deleted_at IS NOT NULL AS deleted,
              q.id AS "questionId", q.product_id AS "productId", q.title
       FROM comment c
       LEFT JOIN answer a ON a.id = c.answer_id
       JOIN question q ON q.id = COALESCE(c.question_id, a.question_id)
       WHERE c.id = ANY($1::uuid[])`,
      [ids],
    )) as CommentRow[];
  }

  /**
   * Read model (ADR 0018): an idea with its author, read in the caller's transaction. Ideas are
   * never hidden or deleted; one merged into another is gone from the board, so it counts as
   * deleted here.
   */
  private async ideas(manager: EntityManager, ids: readonly string[]): Promise<IdeaRow[]> {
    if (ids.length === 0) return [];
    return (await manager.query(
      `SELECT i.id, i.author_id AS "authorId", i.product_id AS "productId", i.title,
              i.description, i.merged_into_id IS NOT NULL AS merged
       FROM idea i
       WHERE i.id = ANY($1::uuid[])`,
      [ids],
    )) as IdeaRow[];
  }
}
