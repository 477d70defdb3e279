import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditLog, type Viewer } from '@forum/api/identity';
import { AuditAction, AuditTargetType, CloseReason, QuestionState } from '@forum/shared/domain';
import { DataSource, IsNull, Not, type EntityManager } from 'typeorm';
import { AnswerEntity } from '../answers/answer.entity.js';
import { QnaEvents } from '../events/qna-events.js';
import { QnaException, QnaExceptionCode } from '../qna.exception.js';
import { isAuthor, isModerator, mayClose, mayDelete } from '../qna.permissions.js';
import { QuestionEntity } from './question.entity.js';
import { QuestionService } from './question.service.js';

/** Closing, reopening, deleting and restoring posts; deletion is soft and reversible. */
@Injectable()
export class QuestionModerationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly questions: QuestionService,
    private readonly events: QnaEvents,
    private readonly audit: AuditLog,
  ) {}

  async close(
    viewer: Viewer,
    id: string,
    reason: CloseReason,
    duplicateOfId: string | null,
  ): Promise<QuestionEntity> {
    if (!mayClose(viewer))
      throw new QnaException(
        QnaExceptionCode.NotAllowedToClose,
        'Only experts and moderators close questions.',
      );
    if ((reason === CloseReason.Duplicate) !== Boolean(duplicateOfId)) {
      throw new QnaException(
        QnaExceptionCode.InvalidDuplicate,
        'A duplicate names the original question, and only a duplicate does.',
      );
    }
    return this.dataSource.transaction(async (manager) => {
      const question = await this.lockQuestion(manager, id);
      if (duplicateOfId) {
        const original = await manager.findOne(QuestionEntity, {
          where: { id: duplicateOfId, deletedAt: IsNull() },
        });
        if (!original || original.id === id || original.duplicateOfId === id) {
          throw new QnaException(
            QnaExceptionCode.InvalidDuplicate,
            'The original must be another visible question.',
          );
        }
      }
      await manager.update(
        QuestionEntity,
        { id: question.id },
        {
          state: QuestionState.Closed,
          closeReason: reason,
          duplicateOfId,
          closedAt: new Date(),
          closedById: viewer.user.id,
        },
      );
      await this.events.publish(manager, {
        type: 'question.closed',
        questionId: question.id,
        authorId: question.authorId,
        actorId: viewer.user.id,
        duplicateOfId,
      });
      await this.audit.record(manager, viewer, {
        action: AuditAction.QuestionClosed,
        targetType: AuditTargetType.Question,
        targetId: id,
        before: closureOf(question),
        after: { state: QuestionState.Closed, closeReason: reason, duplicateOfId },
      });
      return this.questions.get(id, manager);
    });
  }

  async reopen(viewer: Viewer, id: string): Promise<QuestionEntity> {
    if (!mayClose(viewer))
      throw new QnaException(
        QnaExceptionCode.NotAllowedToClose,
        'Only experts and moderators reopen questions.',
      );
    return this.dataSource.transaction(async (manager) => {
      const question = await this.lockQuestion(manager, id);
      if (question.state !== QuestionState.Closed)
        throw new QnaException(QnaExceptionCode.NotClosed, 'The question is not closed.');
      await manager.update(
        QuestionEntity,
        { id },
        {
          state: QuestionState.Open,
          closeReason: null,
          duplicateOfId: null,
          closedAt: null,
          closedById: null,
          lastActivityAt: new Date(),
        },
      );
      await this.questions.refreshState(manager, id);
      await this.publishQuestion(manager, 'question.reopened', question);
      const reopened = await this.questions.get(id, manager);
      await this.audit.record(manager, viewer, {
        action: AuditAction.QuestionReopened,
        targetType: AuditTargetType.Question,
        targetId: id,
        before: closureOf(question),
        after: closureOf(reopened),
      });
      return reopened;
    });
  }

  async deleteQuestion(viewer: Viewer, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const question = await this.lockQuestion(manager, id);
      if (!mayDelete(viewer, question))
        throw new QnaException(
          QnaExceptionCode.NotAllowedToDelete,
          'You may not delete this question.',
        );
      await manager.update(
        QuestionEntity,
        { id },
        { deletedAt: new Date(), deletedById: viewer.user.id },
      );
      await this.publishQuestion(manager, 'question.deleted', question);
      if (!isAuthor(viewer, question))
        await this.recordDeletion(manager, viewer, AuditAction.QuestionDeleted, question);
    });
  }

  async restoreQuestion(viewer: Viewer, id: string): Promise<QuestionEntity> {
    if (!isModerator(viewer))
      throw new QnaException(QnaExceptionCode.NotAllowedToDelete, 'Only moderators restore posts.');
    return this.dataSource.transaction(async (manager) => {
      const question = await manager.findOne(QuestionEntity, {
        where: { id, deletedAt: Not(IsNull()) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!question)
        throw new QnaException(
          QnaExceptionCode.QuestionNotFound,
          'No deleted question with that id.',
        );
      await manager.update(QuestionEntity, { id }, { deletedAt: null, deletedById: null });
      await this.publishQuestion(manager, 'question.restored', question);
      await this.recordRestore(manager, viewer, AuditAction.QuestionRestored, question);
      return this.questions.get(id, manager);
    });
  }

  /** Deleting the accepted answer withdraws the acceptance; counts and state follow. */
  async deleteAnswer(viewer: Viewer, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const answer = await manager.findOne(AnswerEntity, { where: { id, deletedAt: IsNull() } });
      if (!answer) throw new QnaException(QnaExceptionCode.AnswerNotFound, 'No such answer.');
      if (!mayDelete(viewer, answer))
        throw new QnaException(
          QnaExceptionCode.NotAllowedToDelete,
          'You may not delete this answer.',
        );
      const question = await this.lockQuestion(manager, answer.questionId, {
        includeDeleted: true,
      });
      await manager.update(
        AnswerEntity,
        { id },
        { deletedAt: new Date(), deletedById: viewer.user.id },
      );
      await manager.decrement(QuestionEntity, { id: question.id }, 'answerCount', 1);
      if (question.acceptedAnswerId === id) {
        await manager.update(
          QuestionEntity,
          { id: question.id },
          { acceptedAnswerId: null, acceptedById: null, acceptedAt: null },
        );
        await this.events.publish(manager, {
          type: 'answer.unaccepted',
          answerId: id,
          questionId: question.id,
          authorId: answer.authorId,
          actorId: viewer.user.id,
          questionAuthorId: question.authorId,
        });
      }
      await this.questions.refreshState(manager, question.id);
      await this.events.publish(manager, {
        type: 'answer.deleted',
        answerId: id,
        questionId: question.id,
        authorId: answer.authorId,
      });
      if (!isAuthor(viewer, answer))
        await this.recordDeletion(manager, viewer, AuditAction.AnswerDeleted, answer);
    });
  }

  async restoreAnswer(viewer: Viewer, id: string): Promise<AnswerEntity> {
    if (!isModerator(viewer))
      throw new QnaException(QnaExceptionCode.NotAllowedToDelete, 'Only moderators restore posts.');
    return this.dataSource.transaction(async (manager) => {
      const answer = await manager.findOne(AnswerEntity, {
        where: { id, deletedAt: Not(IsNull()) },
      });
      if (!answer)
        throw new QnaException(QnaExceptionCode.AnswerNotFound, 'No deleted answer with that id.');
      await this.lockQuestion(manager, answer.questionId, { includeDeleted: true });
      await manager.update(AnswerEntity, { id }, { deletedAt: null, deletedById: null });
      await manager.increment(QuestionEntity, { id: answer.questionId }, 'answerCount', 1);
      await this.questions.refreshState(manager, answer.questionId);
      await this.events.publish(manager, {
        type: 'answer.restored',
        answerId: id,
        questionId: answer.questionId,
        authorId: answer.authorId,
      });
      await this.recordRestore(manager, viewer, AuditAction.AnswerRestored, answer);
      return manager.findOneByOrFail(AnswerEntity, { id });
    });
  }

  /** Staff removing someone else's post; an author deleting their own is not a staff action. */
  private recordDeletion(
    manager: EntityManager,
    viewer: Viewer,
    action: typeof AuditAction.QuestionDeleted | typeof AuditAction.AnswerDeleted,
    post: { id: string; authorId: string },
  ): Promise<void> {
    return this.audit.record(manager, viewer, {
      action,
      targetType:
        action === AuditAction.QuestionDeleted ? AuditTargetType.Question : AuditTargetType.Answer,
      targetId: post.id,
      before: { deleted: false },
      after: { deleted: true },
    });
  }

  /** Restoring is for moderators only, so every restore is recorded. */
  private recordRestore(
    manager: EntityManager,
    viewer: Viewer,
    action: typeof AuditAction.QuestionRestored | typeof AuditAction.AnswerRestored,
    post: { id: string },
  ): Promise<void> {
    return this.audit.record(manager, viewer, {
      action,
      targetType:
        action === AuditAction.QuestionRestored ? AuditTargetType.Question : AuditTargetType.Answer,
      targetId: post.id,
      before: { deleted: true },
      after: { deleted: false },
    });
  }

  private publishQuestion(
    manager: EntityManager,
    type: 'question.reopened' | 'question.deleted' | 'question.restored',
    question: QuestionEntity,
  ): Promise<void> {
    return this.events.publish(manager, {
      type,
      questionId: question.id,
      authorId: question.authorId,
    });
  }

  private async lockQuestion(
    manager: EntityManager,
    id: string,
    options: { includeDeleted?: boolean } = {},
  ): Promise<QuestionEntity> {
    const question = await manager.findOne(QuestionEntity, {
      where: options.includeDeleted ? { id } : { id, deletedAt: IsNull() },
      lock: { mode: 'pessimistic_write' },
    });
    if (!question) throw new QnaException(QnaExceptionCode.QuestionNotFound, 'No such question.');
    return question;
  }
}

function closureOf(question: QuestionEntity): Record<string, unknown> {
  return {
    state: question.state,
    closeReason: question.closeReason,
    duplicateOfId: question.duplicateOfId,
  };
}
