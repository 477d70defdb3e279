import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditLog, type Viewer } from '@forum/api/identity';
import { SupportConfig } from '@forum/api/platform';
import { AuditAction, AuditTargetType, QuestionState } from '@forum/shared/domain';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { QnaEvents } from '../events/qna-events.js';
import { QnaPrivileges } from '../privileges/qna-privileges.js';
import { QnaException, QnaExceptionCode } from '../qna.exception.js';
import {
  assertAnswerVisible,
  assertNotLocked,
  assertQuestionVisible,
} from '../moderation/post-guards.js';
import {
  isAuthor,
  isModerator,
  isVisibleTo,
  mayAccept,
  selfVerifies,
  verifies,
} from '../qna.permissions.js';
import { QuestionEntity } from '../questions/question.entity.js';
import { QuestionService } from '../questions/question.service.js';
import { AnswerEntity } from './answer.entity.js';

@Injectable()
export class AnswerService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly questions: QuestionService,
    private readonly events: QnaEvents,
    private readonly privileges: QnaPrivileges,
    private readonly audit: AuditLog,
    private readonly support: SupportConfig,
  ) {}

  /**
   * Visible answers: the accepted one first, then by score, then oldest first. Hidden ones only
   * for moderators, and for their author.
   */
  forQuestion(
    questionId: string,
    acceptedAnswerId: string | null,
    viewer?: Viewer,
  ): Promise<AnswerEntity[]> {
    const query = this.dataSource.manager
      .createQueryBuilder(AnswerEntity, 'answer')
      .where('answer.question_id = :questionId AND answer.deleted_at IS NULL', { questionId });
    if (!isModerator(viewer))
      query.andWhere('(answer.hidden_at IS NULL OR answer.author_id = :viewerId)', {
        viewerId: viewer?.user.id ?? null,
      });
    return query
      .orderBy('answer.id = :accepted', 'DESC')
      .setParameter('accepted', acceptedAnswerId ?? '00000000-0000-0000-0000-000000000000')
      .addOrderBy('answer.score', 'DESC')
      .addOrderBy('answer.created_at', 'ASC')
      .getMany();
  }

  /** Whether this viewer sees the answer (hidden ones only moderators and the author). */
  async isVisibleTo(id: string, viewer: Viewer | undefined): Promise<boolean> {
    const answer = await this.dataSource.manager.findOneBy(AnswerEntity, { id });
    return answer !== null && isVisibleTo(viewer, answer);
  }

  /** Who wrote the answer, deleted or not; null for an unknown id. */
  async authorOf(id: string): Promise<string | null> {
    const answer = await this.dataSource.manager.findOne(AnswerEntity, {
      where: { id },
      select: { id: true, authorId: true },
    });
    return answer?.authorId ?? null;
  }

  async post(viewer: Viewer, questionId: string, body: string): Promise<AnswerEntity> {
    return this.dataSource.transaction(async (manager) => {
      const question = await manager.findOne(QuestionEntity, {
        where: { id: questionId, deletedAt: IsNull() },
        lock: { mode: 'pessimistic_write' },
      });
      if (!question) throw new QnaException(QnaExceptionCode.QuestionNotFound, 'No such question.');
      assertQuestionVisible(viewer, question);
      assertNotLocked(viewer, question, 'post');
      await this.privileges.assertMayPost(manager, viewer, 'answer');
      if (question.state === QuestionState.Closed) {
        throw new QnaException(
          QnaExceptionCode.QuestionClosed,
          'This question is closed for new answers.',
        );
      }
      const answer = await manager.save(
        manager.create(AnswerEntity, { questionId, authorId: viewer.user.id, body }),
      );
      await manager.increment(QuestionEntity, { id: questionId }, 'answerCount', 1);
      await manager.update(QuestionEntity, { id: questionId }, { lastActivityAt: new Date() });
      await this.questions.refreshState(manager, questionId);
      await this.events.publish(manager, {
        type: 'answer.posted',
        answerId: answer.id,
        questionId,
        authorId: answer.authorId,
      });
      return answer;
    });
  }

  /**
   * Marks the solution; the asker or an expert may. The question row is locked, so of two
   * people accepting different answers at once one wins and exactly one answer is accepted.
   */
  async accept(viewer: Viewer, answerId: string): Promise<QuestionEntity> {
    return this.dataSource.transaction(async (manager) => {
      const answer = await manager.findOne(AnswerEntity, {
        where: { id: answerId, deletedAt: IsNull() },
      });
      if (!answer) throw new QnaException(QnaExceptionCode.AnswerNotFound, 'No such answer.');
      const question = await manager.findOne(QuestionEntity, {
        where: { id: answer.questionId, deletedAt: IsNull() },
        lock: { mode: 'pessimistic_write' },
      });
      if (!question) throw new QnaException(QnaExceptionCode.QuestionNotFound, 'No such question.');
      assertQuestionVisible(viewer, question);
      assertAnswerVisible(viewer, answer);
      this.assertMayAccept(viewer, question);
      if (this.support.selfVerify === 'forbid' && selfVerifies(viewer, question, answer)) {
        throw new QnaException(
          QnaExceptionCode.SelfVerifyForbidden,
          "Staff may not mark their own answer to someone else's question as the solution.",
        );
      }
      if (question.acceptedAnswerId === answer.id) return this.questions.get(question.id, manager);
      if (question.acceptedAnswerId) await this.withdrawAcceptance(manager, viewer, question);
      await manager.update(
        QuestionEntity,
        { id: question.id },
        {
          acceptedAnswerId: answer.id,
          acceptedById: viewer.user.id,
          acceptedAt: new Date(),
          lastActivityAt: new Date(),
        },
      );
      await this.questions.refreshState(manager, question.id);
      await this.events.publish(manager, {
        type: 'answer.accepted',
        answerId: answer.id,
        questionId: question.id,
        authorId: answer.authorId,
        actorId: viewer.user.id,
        questionAuthorId: question.authorId,
        productId: question.productId,
      });
      if (verifies(viewer, answer)) {
        await this.events.publish(manager, {
          type: 'answer.verified',
          answerId: answer.id,
          questionId: question.id,
          authorId: answer.authorId,
          actorId: viewer.user.id,
        });
      }
      if (!isAuthor(viewer, question)) {
        await this.audit.record(manager, viewer, {
          action: AuditAction.AnswerAcceptedOnBehalf,
          targetType: AuditTargetType.Answer,
          targetId: answer.id,
          before: { acceptedAnswerId: question.acceptedAnswerId },
          after: { acceptedAnswerId: answer.id },
        });
      }
      return this.questions.get(question.id, manager);
    });
  }

  async unaccept(viewer: Viewer, questionId: string): Promise<QuestionEntity> {
    return this.dataSource.transaction(async (manager) => {
      const question = await manager.findOne(QuestionEntity, {
        where: { id: questionId, deletedAt: IsNull() },
        lock: { mode: 'pessimistic_write' },
      });
      if (!question) throw new QnaException(QnaExceptionCode.QuestionNotFound, 'No such question.');
      this.assertMayAccept(viewer, question);
      if (!question.acceptedAnswerId)
        throw new QnaException(QnaExceptionCode.NotAccepted, 'No answer is accepted.');
      await this.withdrawAcceptance(manager, viewer, question);
      await this.questions.refreshState(manager, question.id);
      if (!isAuthor(viewer, question)) {
        await this.audit.record(manager, viewer, {
          action: AuditAction.AnswerUnacceptedOnBehalf,
          targetType: AuditTargetType.Answer,
          targetId: question.acceptedAnswerId,
          before: { acceptedAnswerId: question.acceptedAnswerId },
          after: { acceptedAnswerId: null },
        });
      }
      return this.questions.get(question.id, manager);
    });
  }

  /** Clears the accepted answer of a locked question and tells listeners whose it was. */
  private async withdrawAcceptance(
    manager: EntityManager,
    viewer: Viewer,
    question: QuestionEntity,
  ): Promise<void> {
    const previous = await manager.findOneByOrFail(AnswerEntity, {
      id: question.acceptedAnswerId ?? '',
    });
    await manager.update(
      QuestionEntity,
      { id: question.id },
      { acceptedAnswerId: null, acceptedById: null, acceptedAt: null },
    );
    await this.events.publish(manager, {
      type: 'answer.unaccepted',
      answerId: previous.id,
      questionId: question.id,
      authorId: previous.authorId,
      actorId: viewer.user.id,
      questionAuthorId: question.authorId,
    });
  }

  private assertMayAccept(viewer: Viewer, question: QuestionEntity): void {
    if (!mayAccept(viewer, question)) {
      throw new QnaException(
        QnaExceptionCode.NotAllowedToAccept,
        'Only the asker or an expert can mark the solution.',
      );
    }
  }
}
