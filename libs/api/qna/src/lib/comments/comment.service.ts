import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditLog, type Viewer } from '@forum/api/identity';
import { AuditAction, AuditTargetType } from '@forum/shared/domain';
import { DataSource, In, IsNull } from 'typeorm';
import { AnswerEntity } from '../answers/answer.entity.js';
import { QnaEvents } from '../events/qna-events.js';
import {
  assertAnswerVisible,
  assertNotLocked,
  assertQuestionVisible,
} from '../moderation/post-guards.js';
import { QnaException, QnaExceptionCode } from '../qna.exception.js';
import { isAuthor, mayDelete } from '../qna.permissions.js';
import { QuestionEntity } from '../questions/question.entity.js';
import { CommentEntity } from './comment.entity.js';

@Injectable()
export class CommentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    private readonly events: QnaEvents,
  ) {}

  async add(
    viewer: Viewer,
    parent: { questionId?: string | null; answerId?: string | null },
    body: string,
  ): Promise<CommentEntity> {
    if (Boolean(parent.questionId) === Boolean(parent.answerId)) {
      throw new QnaException(
        QnaExceptionCode.InvalidComment,
        'A comment belongs to a question or to an answer.',
      );
    }
    return this.dataSource.transaction(async (manager) => {
      let questionId = parent.questionId ?? null;
      if (parent.answerId) {
        const answer = await manager.findOne(AnswerEntity, {
          where: { id: parent.answerId, deletedAt: IsNull() },
        });
        if (!answer) throw new QnaException(QnaExceptionCode.AnswerNotFound, 'No such answer.');
        assertAnswerVisible(viewer, answer);
        questionId = answer.questionId;
      }
      const question = await manager.findOne(QuestionEntity, {
        where: { id: questionId!, deletedAt: IsNull() },
      });
      if (!question) throw new QnaException(QnaExceptionCode.QuestionNotFound, 'No such question.');
      assertQuestionVisible(viewer, question);
      assertNotLocked(viewer, question, 'post');
      const comment = await manager.save(
        manager.create(CommentEntity, {
          questionId: parent.questionId ?? null,
          answerId: parent.answerId ?? null,
          authorId: viewer.user.id,
          body: body.trim(),
        }),
      );
      await manager.update(QuestionEntity, { id: question.id }, { lastActivityAt: new Date() });
      await this.events.publish(manager, {
        type: 'comment.posted',
        commentId: comment.id,
        questionId: question.id,
        answerId: comment.answerId,
        authorId: comment.authorId,
      });
      return comment;
    });
  }

  async delete(viewer: Viewer, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const comment = await manager.findOne(CommentEntity, {
        where: { id, deletedAt: IsNull() },
        lock: { mode: 'pessimistic_write' },
      });
      if (!comment) throw new QnaException(QnaExceptionCode.CommentNotFound, 'No such comment.');
      if (!mayDelete(viewer, comment))
        throw new QnaException(
          QnaExceptionCode.NotAllowedToDelete,
          'You may not delete this comment.',
        );
      await manager.update(CommentEntity, { id }, { deletedAt: new Date() });
      if (!isAuthor(viewer, comment)) {
        await this.audit.record(manager, viewer, {
          action: AuditAction.CommentDeleted,
          targetType: AuditTargetType.Comment,
          targetId: id,
          before: { deleted: false },
          after: { deleted: true },
        });
      }
    });
  }

  /** Visible comments of many posts in one query, oldest first, keyed by post id. */
  async forPosts(kind: 'question' | 'answer', ids: readonly string[]): Promise<CommentEntity[][]> {
    const column = kind === 'question' ? 'questionId' : 'answerId';
    const rows = await this.dataSource.getRepository(CommentEntity).find({
      where: { [column]: In([...ids]), deletedAt: IsNull() },
      order: { createdAt: 'ASC' },
    });
    return ids.map((id) => rows.filter((row) => row[column] === id));
  }
}
