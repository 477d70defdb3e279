import { Injectable } from '@nestjs/common';
import type { Viewer } from '@forum/api/identity';
import { PrivilegeConfig } from '@forum/api/platform';
import { isStaff, Privilege } from '@forum/shared/domain';
import { type EntityManager, MoreThan } from 'typeorm';
import { AnswerEntity } from '../answers/answer.entity.js';
import { QnaException, QnaExceptionCode } from '../qna.exception.js';
import { mayEdit } from '../qna.permissions.js';
import { QuestionEntity } from '../questions/question.entity.js';

const day = 24 * 60 * 60 * 1000;

/**
 * How many questions or answers a day the viewer may post: null when they post freely (staff, or
 * members with enough reputation), else the new-member limit.
 */
export function dailyPostLimit(
  config: PrivilegeConfig,
  viewer: Viewer,
  kind: 'question' | 'answer',
): number | null {
  if (isStaff(viewer.user.role) || viewer.user.reputation >= config.thresholds.post_freely) {
    return null;
  }
  return kind === 'question' ? config.newAccountQuestionsPerDay : config.newAccountAnswersPerDay;
}

/**
 * What reputation unlocks in questions and answers. The total is a column of the person's
 * account (kept by the reputation domain), so the check needs no call into that domain and no
 * query beyond the viewer already loaded for the request.
 */
@Injectable()
export class QnaPrivileges {
  constructor(private readonly config: PrivilegeConfig) {}

  /** Downvotes cost the author; members earn the right first. */
  assertMayDownvote(viewer: Viewer): void {
    if (!isStaff(viewer.user.role)) this.assertReputation(viewer, Privilege.Downvote, 'downvote');
  }

  /** Authors and curators edit; other people once their reputation shows they know the place. */
  assertMayEdit(viewer: Viewer, post: { authorId: string }): void {
    if (mayEdit(viewer, post)) return;
    this.assertReputation(viewer, Privilege.EditOthersPosts, "edit other people's posts");
  }

  /**
   * New members post a few questions and answers a day until they have earned some trust. Call
   * it in the transaction that inserts the post.
   */
  async assertMayPost(
    manager: EntityManager,
    viewer: Viewer,
    kind: 'question' | 'answer',
  ): Promise<void> {
    const limit = dailyPostLimit(this.config, viewer, kind);
    if (limit === null) return;
    // Serialises this person's posts of this kind until the caller's transaction ends, so that
    // concurrent posts count each other: without it, fifty asks at once all saw the same count.
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
      `daily-post-limit:${kind}:${viewer.user.id}`,
    ]);
    const needed = this.config.thresholds.post_freely;
    const since = new Date(Date.now() - day);
    const where = { authorId: viewer.user.id, createdAt: MoreThan(since) };
    const posted =
      kind === 'question'
        ? await manager.count(QuestionEntity, { where })
        : await manager.count(AnswerEntity, { where });
    if (posted >= limit) {
      throw new QnaException(
        QnaExceptionCode.InsufficientReputation,
        `New members post at most ${limit} ${kind}s a day; the limit ends at ${needed} reputation.`,
        { needed, privilege: Privilege.PostFreely, limit },
      );
    }
  }

  private assertReputation(viewer: Viewer, privilege: Privilege, action: string): void {
    const needed = this.config.thresholds[privilege];
    if (viewer.user.reputation < needed) {
      throw new QnaException(
        QnaExceptionCode.InsufficientReputation,
        `You need ${needed} reputation to ${action}.`,
        { needed, privilege },
      );
    }
  }
}
