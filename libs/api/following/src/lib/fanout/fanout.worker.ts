import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserService } from '@forum/api/identity';
import { JobQueue, type QueueOptions } from '@forum/api/jobs';
import { type Delivery, NotificationService } from '@forum/api/notifications';
import { Clock } from '@forum/api/platform';
import { type PostKind, type VisiblePost, VisiblePosts } from '@forum/api/qna';
import {
  type FollowTarget,
  FollowTarget as Target,
  mentionedUserIds,
  NotificationKind,
} from '@forum/shared/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { FollowService } from '../follow.service.js';
import { fanoutBatchSize, type FanoutJob, fanoutQueue } from './fanout-jobs.js';
import { notificationPayloads as payloads } from './notification-payloads.js';

export const fanoutQueueOptions: QueueOptions = {
  notify: true,
  retryLimit: 10,
  retryDelay: 1,
  retryBackoff: true,
  retryDelayMax: 300,
  expireInSeconds: 900,
  // A job whose worker died goes back to the queue once it missed its heartbeat this long.
  heartbeatSeconds: 30,
};

type Told = Omit<Delivery, 'recipientIds'>;

/** Followers of what: the targets a post's notification goes to. */
type Audience = (post: VisiblePost) => Array<{ type: FollowTarget; ids: string[] }>;

/**
 * Turns one fan-out job into notifications: pages the followers in batches, each batch told in
 * its own short transaction. The receipts (one per person and event) make a retried or repeated
 * job harmless, and every batch re-reads the post under a share lock, so a post hidden or deleted
 * meanwhile tells nobody more.
 */
@Injectable()
export class FanoutWorker implements OnApplicationBootstrap {
  private readonly logger = new Logger(FanoutWorker.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queue: JobQueue,
    private readonly notifications: NotificationService,
    private readonly posts: VisiblePosts,
    private readonly users: UserService,
    private readonly follows: FollowService,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.ensureQueue(fanoutQueue, fanoutQueueOptions);
    await this.queue.work<FanoutJob>(
      fanoutQueue,
      { batchSize: 4, localConcurrency: 2, pollingIntervalSeconds: 2 },
      (jobs) => Promise.all(jobs.map((job) => this.run(job.data))),
    );
  }

  async run(job: FanoutJob): Promise<void> {
    switch (job.type) {
      case 'question':
        if (!job.mentionsOnly) {
          await this.toFollowers('question', job.questionId, areaOf, (question) => ({
            kind: NotificationKind.QuestionInFollowedArea,
            eventKey: `${NotificationKind.QuestionInFollowedArea}:${question.id}`,
            actorId: job.actorId,
            subjectKey: null,
            payload: payloads.questionInFollowedArea(question),
          }));
        }
        return this.mentions('question', job.questionId, job.actorId);
      case 'answer':
        if (!job.mentionsOnly) {
          await this.toFollowers('answer', job.answerId, questionOf, (answer) => ({
            kind: NotificationKind.AnswerPosted,
            eventKey: `${NotificationKind.AnswerPosted}:${answer.id}`,
            actorId: job.actorId,
            subjectKey: `question:${answer.questionId}`,
            payload: payloads.answerPosted(answer),
          }));
        }
        return this.mentions('answer', job.answerId, job.actorId);
      case 'comment':
        await this.toFollowers('comment', job.commentId, questionOf, (comment) => ({
          kind: NotificationKind.CommentPosted,
          eventKey: `${NotificationKind.CommentPosted}:${comment.id}`,
          actorId: job.actorId,
          subjectKey: `question:${comment.questionId}`,
          payload: payloads.commentPosted(comment),
        }));
        return this.mentions('comment', job.commentId, job.actorId);
      case 'answer.accepted':
        return this.once(async (manager) => {
          const answer = await this.post(manager, 'answer', job.answerId);
          if (!answer) return null;
          return {
            recipientIds: [answer.authorId],
            kind: NotificationKind.AnswerAccepted,
            eventKey: `${NotificationKind.AnswerAccepted}:${answer.id}`,
            actorId: job.actorId,
            subjectKey: null,
            payload: payloads.answerAccepted(answer),
          };
        });
      case 'answer.verified':
        // The answer's author hears their answer was verified, the asker that their question
        // has a verified solution; each names who verified it.
        for (const onYourQuestion of [false, true]) {
          await this.once(async (manager) => {
            const answer = await this.post(manager, 'answer', job.answerId);
            if (!answer) return null;
            // An expert accepting an answer to their own question is told as the asker's acceptance.
            if (answer.questionAuthorId === job.actorId) return null;
            return {
              recipientIds: [onYourQuestion ? answer.questionAuthorId : answer.authorId],
              kind: NotificationKind.AnswerVerified,
              eventKey: `${NotificationKind.AnswerVerified}:${answer.id}${onYourQuestion ? ':asker' : ''}`,
              actorId: job.actorId,
              subjectKey: null,
              payload: payloads.answerVerified(answer, onYourQuestion),
            };
          });
        }
        return;
      case 'idea.status_changed':
        return this.toIdeaFollowers(job.ideaId, {
          kind: NotificationKind.IdeaStatusChanged,
          eventKey: `${NotificationKind.IdeaStatusChanged}:${job.payload.statusChangeId}`,
          actorId: job.actorId,
          subjectKey: null,
          payload: job.payload,
        });
      case 'idea.merged':
        return this.toIdeaFollowers(job.ideaId, {
          kind: NotificationKind.IdeaMerged,
          eventKey: `${NotificationKind.IdeaMerged}:${job.ideaId}`,
          actorId: job.actorId,
          subjectKey: null,
          payload: job.payload,
        });
      case 'question.closed_as_duplicate':
        return this.once(async (manager) => {
          const question = await this.post(manager, 'question', job.questionId);
          const original = await this.post(manager, 'question', job.duplicateOfId);
          if (!question || !original) return null;
          return {
            recipientIds: [question.authorId],
            kind: NotificationKind.QuestionClosedAsDuplicate,
            eventKey: `${NotificationKind.QuestionClosedAsDuplicate}:${question.id}`,
            actorId: job.actorId,
            subjectKey: null,
            payload: payloads.closedAsDuplicate(question, original),
          };
        });
    }
  }

  /** Tells the followers of an idea, a batch per transaction; ideas are never hidden. */
  private async toIdeaFollowers(ideaId: string, told: Told): Promise<void> {
    let after: string | null = null;
    for (;;) {
      const page: string[] = await this.dataSource.transaction(async (manager) => {
        const followers = await this.follows.followersOf(
          manager,
          Target.Idea,
          [ideaId],
          after,
          fanoutBatchSize,
        );
        await this.notifications.deliver(manager, { ...told, recipientIds: followers });
        return followers;
      });
      const last = page.at(-1);
      if (page.length < fanoutBatchSize || !last) return;
      after = last;
    }
  }

  /** Tells the followers of the post's audience, a batch per transaction. */
  private async toFollowers(
    kind: PostKind,
    id: string,
    audience: Audience,
    told: (post: VisiblePost) => Told,
  ): Promise<void> {
    const started = Date.now();
    let batches = 0;
    for (let target = 0; ; target++) {
      let after: string | null = null;
      let more = true;
      while (more) {
        const page: string[] | null = await this.dataSource.transaction(async (manager) => {
          const post = await this.post(manager, kind, id);
          const audienceTarget = post ? audience(post)[target] : undefined;
          if (!post || !audienceTarget) return null;
          const { type, ids } = audienceTarget;
          const followers = await this.follows.followersOf(
            manager,
            type,
            ids,
            after,
            fanoutBatchSize,
          );
          await this.notifications.deliver(manager, { ...told(post), recipientIds: followers });
          return followers;
        });
        if (page === null) {
          if (batches > 0)
            this.logger.log({ kind, id, batches, ms: Date.now() - started }, 'Fanned out');
          return;
        }
        batches++;
        more = page.length === fanoutBatchSize;
        after = page.at(-1) ?? null;
      }
    }
  }

  /** Tells the people a post mentions (each once per post: edits tell only those newly named). */
  private mentions(kind: PostKind, id: string, actorId: string): Promise<void> {
    return this.once(async (manager) => {
      const post = await this.post(manager, kind, id);
      const mentioned = post ? mentionedUserIds(post.body) : [];
      if (!post || mentioned.length === 0) return null;
      return {
        // A visible post is readable by anyone; `once` keeps the people who may be told at all.
        recipientIds: mentioned,
        kind: NotificationKind.Mentioned,
        eventKey: `${NotificationKind.Mentioned}:${post.id}`,
        actorId,
        subjectKey: null,
        payload: payloads.mention(post),
      };
    });
  }

  /** One delivery in one transaction, when the post still calls for it. */
  private async once(
    delivery: (manager: EntityManager) => Promise<Delivery | null>,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const found = await delivery(manager);
      if (!found) return;
      const recipientIds = await this.users.reachableIds(
        found.recipientIds,
        this.clock.now(),
        manager,
      );
      await this.notifications.deliver(manager, { ...found, recipientIds });
    });
  }

  private async post(
    manager: EntityManager,
    kind: PostKind,
    id: string,
  ): Promise<VisiblePost | null> {
    return (await this.posts.find(manager, kind, [id], { share: true })).get(id) ?? null;
  }
}

/** A new question goes to the followers of its tags, then of its product. */
const areaOf: Audience = (question) => [
  { type: Target.Tag, ids: question.tagIds },
  { type: Target.Product, ids: [question.productId] },
];

/** Answers and comments go to the followers of their question. */
const questionOf: Audience = (post) => [{ type: Target.Question, ids: [post.questionId] }];
