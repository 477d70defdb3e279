import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditLog, UserService, type Viewer } from '@forum/api/identity';
import { NotificationService } from '@forum/api/notifications';
import { QuestionService } from '@forum/api/qna';
import { AuditAction, AuditTargetType, IdeaStatus, NotificationKind } from '@forum/shared/domain';
import { DataSource, type EntityManager, In } from 'typeorm';
import { IdeaEvents } from '../events/idea-events.js';
import { IdeasClock } from '../ideas.clock.js';
import { IdeasException, IdeasExceptionCode } from '../ideas.exception.js';
import { lockIdea } from '../ideas/idea-lock.js';
import { IdeaQuestionEntity } from '../evidence/idea-question.entity.js';
import { IdeaEntity } from '../ideas/idea.entity.js';
import { IdeaStatusChangeEntity } from './idea-status-change.entity.js';
import { notificationCandidates, tellsAskers } from './status-recipients.js';

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
    private readonly clock: IdeasClock,
    private readonly events: IdeaEvents,
    private readonly questions: QuestionService,
    private readonly users: UserService,
    private readonly audit: AuditLog,
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
      const notified = await this.notifications.deliver(manager, {
        kind: NotificationKind.IdeaStatusChanged,
        eventKey: `idea.status_changed:${change.id}`,
        recipientIds: recipients,
        actorId: viewer.user.id,
        subjectKey: null,
        payload: {
          ideaId,
          ideaTitle: idea.title,
          statusChangeId: change.id,
          fromStatus: idea.status,
          toStatus: status,
          message: change.message,
        },
      });
      await manager.update(IdeaStatusChangeEntity, change.id, { notifiedCount: notified.length });
      await this.events.publish(manager, {
        type: 'idea.status_changed',
        ideaId,
        authorId: idea.authorId,
        fromStatus: idea.status,
        toStatus: status,
        actorId: viewer.user.id,
        statusChangeId: change.id,
        ideaTitle: idea.title,
        message: change.message,
      });
      await this.audit.record(manager, viewer, {
        action: AuditAction.IdeaStatusChanged,
        targetType: AuditTargetType.Idea,
        targetId: ideaId,
        before: { status: idea.status },
        after: { status },
        reason: change.message,
      });
      return lockIdea(manager, ideaId);
    });
  }

  /** The status changes of many ideas in one query, oldest first (for DataLoader). */
  async historyOf(ideaIds: readonly string[]): Promise<IdeaStatusChangeEntity[][]> {
    const rows = await this.dataSource.manager.find(IdeaStatusChangeEntity, {
      where: { ideaId: In([...ideaIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return ideaIds.map((id) => rows.filter((row) => row.ideaId === id));
  }

  /**
   * Distinct people to tell, without the one making the change and without deleted accounts:
   * this domain knows who proposed, voted and commented; qna knows who asked the linked
   * questions, identity whose account still exists.
   */
  private async recipients(
    manager: EntityManager,
    ideaId: string,
    status: IdeaStatus,
    actorId: string,
  ): Promise<string[]> {
    const participants: Array<{ id: string }> = await manager.query(
      `SELECT author_id AS id FROM idea WHERE id = $1
       UNION SELECT user_id FROM idea_vote WHERE idea_id = $1 AND user_id IS NOT NULL
       UNION SELECT c.author_id FROM idea_comment c JOIN idea i ON i.id = c.idea_id
             WHERE (i.id = $1 OR i.merged_into_id = $1) AND c.deleted_at IS NULL`,
      [ideaId],
    );
    const askers = tellsAskers(status)
      ? await this.questions.askerIds(
          (await manager.findBy(IdeaQuestionEntity, { ideaId })).map((link) => link.questionId),
          manager,
        )
      : [];
    return this.users.activeIds(
      notificationCandidates([participants.map((row) => row.id), askers], actorId),
      manager,
    );
  }
}
