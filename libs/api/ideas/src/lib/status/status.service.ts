import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Viewer } from '@forum/api/identity';
import { JobQueue } from '@forum/api/jobs';
import { NotificationService } from '@forum/api/notifications';
import { IdeaStatus } from '@forum/shared/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { IdeaEvents } from '../events/idea-events.js';
import { IdeasClock } from '../ideas.clock.js';
import { IdeasException, IdeasExceptionCode } from '../ideas.exception.js';
import { lockIdea } from '../ideas/idea-lock.js';
import { IdeaEntity } from '../ideas/idea.entity.js';
import { IdeaStatusChangeEntity } from './idea-status-change.entity.js';
import { statusMailBatch, statusMailQueue, type StatusMailJob } from './status-mail.worker.js';

export const statusNotificationKind = 'idea.status_changed';

/**
 * Product managers move ideas through their statuses. Each change is kept with its public
 * message, and everyone who cared (author, voters, commenters, and on shipping the askers of
 * linked questions) gets one in-app notification and one e-mail, written in the same
 * transaction as the change.
 */
@Injectable()
export class IdeaStatusService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationService,
    private readonly queue: JobQueue,
    private readonly clock: IdeasClock,
    private readonly events: IdeaEvents,
  ) {}

  async setStatus(
    viewer: Viewer,
    ideaId: string,
    status: IdeaStatus,
    message: string,
  ): Promise<IdeaEntity> {
    return this.dataSource.transaction(async (manager) => {
      const idea = await lockIdea(manager, ideaId);
      if (idea.status === status) {
        throw new IdeasException(
          IdeasExceptionCode.StatusUnchanged,
          'The idea already has this status.',
        );
      }
      const now = this.clock.now();
      const change = await manager.save(
        manager.create(IdeaStatusChangeEntity, {
          ideaId,
          fromStatus: idea.status,
          toStatus: status,
          message: message.trim(),
          changedById: viewer.user.id,
        }),
      );
      await manager.update(IdeaEntity, ideaId, { status, statusChangedAt: now });
      const recipients = await this.recipients(manager, ideaId, status, viewer.user.id);
      const notified = await this.notifications.notifyInTransaction(
        manager,
        recipients,
        statusNotificationKind,
        {
          ideaId,
          ideaTitle: idea.title,
          statusChangeId: change.id,
          fromStatus: idea.status,
          toStatus: status,
          message: change.message,
        },
      );
      await manager.update(IdeaStatusChangeEntity, change.id, { notifiedCount: notified });
      for (let start = 0; start < recipients.length; start += statusMailBatch) {
        const job: StatusMailJob = {
          statusChangeId: change.id,
          userIds: recipients.slice(start, start + statusMailBatch),
        };
        await this.queue.sendInTransaction(manager, statusMailQueue, job);
      }
      await this.events.publish(manager, {
        type: 'idea.status_changed',
        ideaId,
        authorId: idea.authorId,
        fromStatus: idea.status,
        toStatus: status,
        actorId: viewer.user.id,
      });
      return lockIdea(manager, ideaId);
    });
  }

  history(ideaId: string): Promise<IdeaStatusChangeEntity[]> {
    return this.dataSource.manager.find(IdeaStatusChangeEntity, {
      where: { ideaId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** Distinct people to tell, without the one making the change and without deleted accounts. */
  private async recipients(
    manager: EntityManager,
    ideaId: string,
    status: IdeaStatus,
    actorId: string,
  ): Promise<string[]> {
    const rows: Array<{ id: string }> = await manager.query(
      `SELECT people.id FROM (
         SELECT author_id AS id FROM idea WHERE id = $1
         UNION SELECT user_id FROM idea_vote WHERE idea_id = $1 AND user_id IS NOT NULL
         UNION SELECT c.author_id FROM idea_comment c JOIN idea i ON i.id = c.idea_id
               WHERE (i.id = $1 OR i.merged_into_id = $1) AND c.deleted_at IS NULL
         UNION SELECT q.author_id FROM idea_question iq JOIN question q ON q.id = iq.question_id
               WHERE $2 AND iq.idea_id = $1 AND q.deleted_at IS NULL
       ) people
       JOIN user_account u ON u.id = people.id AND u.deleted_at IS NULL
       WHERE people.id <> $3
       ORDER BY people.id`,
      [ideaId, status === IdeaStatus.Shipped, actorId],
    );
    return rows.map((row) => row.id);
  }
}
