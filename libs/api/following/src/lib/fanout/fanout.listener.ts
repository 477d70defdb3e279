import { Injectable } from '@nestjs/common';
import { type IdeaEvent, IdeaEvents } from '@forum/api/ideas';
import { JobQueue } from '@forum/api/jobs';
import { NotificationService } from '@forum/api/notifications';
import { type QnaEvent, QnaEvents } from '@forum/api/qna';
import { NotificationKind } from '@forum/shared/domain';
import type { EntityManager } from 'typeorm';
import { fanoutJobFor, fanoutQueue, ideaFanoutJobFor, postsRemovedBy } from './fanout-jobs.js';

/** The kinds the fan-out writes about posts; a hidden or deleted post takes them away. */
export const postNotificationKinds = [
  NotificationKind.AnswerPosted,
  NotificationKind.CommentPosted,
  NotificationKind.AnswerAccepted,
  NotificationKind.AnswerVerified,
  NotificationKind.QuestionClosedAsDuplicate,
  NotificationKind.Mentioned,
  NotificationKind.QuestionInFollowedArea,
] as const;

/**
 * Turns what happens to posts into work for the fan-out worker: one durable job per event,
 * enqueued in the write's transaction, so the write stays as fast with 10,000 followers as with
 * none. Hiding or deleting a post removes the notifications about it in that same transaction.
 */
@Injectable()
export class FanoutListener {
  constructor(
    private readonly queue: JobQueue,
    private readonly notifications: NotificationService,
    qnaEvents: QnaEvents,
    ideaEvents: IdeaEvents,
  ) {
    const order = { phase: 'project', name: 'following.fanout' } as const;
    qnaEvents.subscribe((manager, event) => this.onQnaEvent(manager, event), order);
    ideaEvents.subscribe((manager, event) => this.onIdeaEvent(manager, event), order);
  }

  async onIdeaEvent(manager: EntityManager, event: IdeaEvent): Promise<void> {
    const job = ideaFanoutJobFor(event);
    if (job) await this.queue.sendInTransaction(manager, fanoutQueue, job);
  }

  async onQnaEvent(manager: EntityManager, event: QnaEvent): Promise<void> {
    const removed = postsRemovedBy(event);
    if (removed.length > 0) {
      await this.notifications.deleteAbout(manager, postNotificationKinds, removed);
    }
    const job = fanoutJobFor(event);
    if (job) await this.queue.sendInTransaction(manager, fanoutQueue, job);
  }
}
