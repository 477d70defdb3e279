import { Injectable } from '@nestjs/common';
import { AuditLog, type Viewer } from '@forum/api/identity';
import { Clock } from '@forum/api/platform';
import { AuditAction, AuditTargetType, isStaff, type PostHiddenReason } from '@forum/shared/domain';
import { type EntityManager, In } from 'typeorm';
import { AnswerEntity } from '../answers/answer.entity.js';
import { QnaEvents } from '../events/qna-events.js';
import { QnaException, QnaExceptionCode } from '../qna.exception.js';
import { QuestionEntity } from '../questions/question.entity.js';
import { QuestionService } from '../questions/question.service.js';

export type ModeratedPostKind = 'question' | 'answer';

export interface ModeratedPostRef {
  kind: ModeratedPostKind;
  id: string;
}

/** What moderation needs to know of a post to show it in a queue and decide on it. */
export interface ModeratedPostFacts {
  kind: ModeratedPostKind;
  id: string;
  questionId: string;
  productId: string;
  authorId: string;
  /** The question's title (for answers too). */
  title: string;
  /** Markdown. */
  body: string;
  createdAt: Date;
  deletedAt: Date | null;
  hiddenReason: PostHiddenReason | null;
  hiddenNote: string | null;
}

type HiddenState = {
  hiddenReason: PostHiddenReason | null;
  hiddenNote: string | null;
};

/**
 * Hiding, unhiding and deleting questions and answers inside a caller's transaction, for staff
 * mutations and for other domains (flags and spam review). Every change locks the question row
 * first, so a hide racing an unhide (or an answer racing its question) ends in one consistent state,
 * and publishes the qna event that brings search up to date in the same transaction.
 */
@Injectable()
export class PostModeration {
  constructor(
    private readonly events: QnaEvents,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly questions: QuestionService,
  ) {}

  /**
   * Hides a question or answer in the caller's transaction (staff and the author still see it,
   * with the reason); publishes the qna event that makes search drop it; records an audit entry
   * when the actor is staff or null (the system). Refuses a post that is already hidden
   * (`ALREADY_HIDDEN`) and deleted or unknown posts (`QUESTION_NOT_FOUND`, `ANSWER_NOT_FOUND`).
   */
  async hide(
    manager: EntityManager,
    post: ModeratedPostRef,
    hidden: { reason: PostHiddenReason; note: string | null; actor: Viewer | null },
  ): Promise<void> {
    const { question, answer } = await this.lock(manager, post);
    const target = answer ?? question;
    if (target.hiddenAt) {
      throw new QnaException(QnaExceptionCode.AlreadyHidden, 'The post is already hidden.', {
        hiddenReason: target.hiddenReason,
      });
    }
    const state = {
      hiddenAt: this.clock.now(),
      hiddenReason: hidden.reason,
      hiddenNote: hidden.note,
      hiddenById: hidden.actor?.user.id ?? null,
    };
    await this.writeHiddenState(manager, question, answer, state, 'hidden');
    await this.record(
      manager,
      hidden.actor,
      post,
      answer ? AuditAction.AnswerHidden : AuditAction.QuestionHidden,
      {
        before: hiddenState(target),
        after: { hiddenReason: hidden.reason, hiddenNote: hidden.note },
        reason: hidden.note,
      },
    );
  }

  /**
   * Makes a hidden post public again (e.g. review approved); publishes the event that re-indexes
   * it. Refuses a post that is not hidden (`NOT_HIDDEN`).
   */
  async unhide(
    manager: EntityManager,
    post: ModeratedPostRef,
    actor: Viewer | null,
  ): Promise<void> {
    const { question, answer } = await this.lock(manager, post);
    const target = answer ?? question;
    if (!target.hiddenAt)
      throw new QnaException(QnaExceptionCode.NotHidden, 'The post is not hidden.');
    const state = { hiddenAt: null, hiddenReason: null, hiddenNote: null, hiddenById: null };
    await this.writeHiddenState(manager, question, answer, state, 'unhidden');
    await this.record(
      manager,
      actor,
      post,
      answer ? AuditAction.AnswerUnhidden : AuditAction.QuestionUnhidden,
      {
        before: hiddenState(target),
        after: { hiddenReason: null, hiddenNote: null },
      },
    );
  }

  /**
   * Soft-deletes a post the way a moderator's delete does (same events, same audit entry):
   * deleting the accepted answer withdraws the acceptance.
   */
  async delete(manager: EntityManager, post: ModeratedPostRef, actor: Viewer): Promise<void> {
    const { question, answer } = await this.lock(manager, post);
    const deleted = { deletedAt: this.clock.now(), deletedById: actor.user.id };
    if (!answer) {
      await manager.update(QuestionEntity, { id: question.id }, deleted);
      await this.events.publish(manager, {
        type: 'question.deleted',
        questionId: question.id,
        authorId: question.authorId,
      });
      await this.record(manager, actor, post, AuditAction.QuestionDeleted, {});
      return;
    }
    await manager.update(AnswerEntity, { id: answer.id }, deleted);
    if (question.acceptedAnswerId === answer.id) {
      await manager.update(
        QuestionEntity,
        { id: question.id },
        { acceptedAnswerId: null, acceptedById: null, acceptedAt: null },
      );
      await this.events.publish(manager, {
        type: 'answer.unaccepted',
        answerId: answer.id,
        questionId: question.id,
        authorId: answer.authorId,
        actorId: actor.user.id,
        questionAuthorId: question.authorId,
      });
    }
    await this.questions.refreshState(manager, question.id);
    await this.events.publish(manager, {
      type: 'answer.deleted',
      answerId: answer.id,
      questionId: question.id,
      authorId: answer.authorId,
    });
    await this.record(manager, actor, post, AuditAction.AnswerDeleted, {});
  }

  /** The facts of these posts, deleted ones included; unknown ids are skipped. */
  async describe(
    manager: EntityManager,
    posts: readonly ModeratedPostRef[],
  ): Promise<ModeratedPostFacts[]> {
    const answerIds = posts.filter((post) => post.kind === 'answer').map((post) => post.id);
    const answers =
      answerIds.length > 0 ? await manager.findBy(AnswerEntity, { id: In(answerIds) }) : [];
    const questionIds = new Set([
      ...posts.filter((post) => post.kind === 'question').map((post) => post.id),
      ...answers.map((answer) => answer.questionId),
    ]);
    const questions =
      questionIds.size > 0
        ? await manager.findBy(QuestionEntity, { id: In([...questionIds]) })
        : [];
    const questionById = new Map(questions.map((question) => [question.id, question]));
    const answerById = new Map(answers.map((answer) => [answer.id, answer]));
    return posts.flatMap((post): ModeratedPostFacts[] => {
      if (post.kind === 'question') {
        const question = questionById.get(post.id);
        if (!question) return [];
        return [
          {
            kind: 'question',
            id: question.id,
            questionId: question.id,
            productId: question.productId,
            authorId: question.authorId,
            title: question.title,
            body: question.body,
            createdAt: question.createdAt,
            deletedAt: question.deletedAt,
            ...hiddenState(question),
          },
        ];
      }
      const answer = answerById.get(post.id);
      const question = answer && questionById.get(answer.questionId);
      if (!answer || !question) return [];
      return [
        {
          kind: 'answer',
          id: answer.id,
          questionId: question.id,
          productId: question.productId,
          authorId: answer.authorId,
          title: question.title,
          body: answer.body,
          createdAt: answer.createdAt,
          deletedAt: answer.deletedAt,
          ...hiddenState(answer),
        },
      ];
    });
  }

  /**
   * Locks the post's question row (the one lock every change to a question or its answers takes)
   * and reads the post; deleted posts are refused.
   */
  private async lock(
    manager: EntityManager,
    post: ModeratedPostRef,
  ): Promise<{ question: QuestionEntity; answer: AnswerEntity | null }> {
    if (post.kind === 'question') {
      const question = await manager.findOne(QuestionEntity, {
        where: { id: post.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!question || question.deletedAt)
        throw new QnaException(QnaExceptionCode.QuestionNotFound, 'No such question.');
      return { question, answer: null };
    }
    const found = await manager.findOneBy(AnswerEntity, { id: post.id });
    if (!found) throw new QnaException(QnaExceptionCode.AnswerNotFound, 'No such answer.');
    const question = await manager.findOne(QuestionEntity, {
      where: { id: found.questionId },
      lock: { mode: 'pessimistic_write' },
    });
    // Read again under the question's lock: a racing change to the answer has committed by now.
    const answer = await manager.findOneBy(AnswerEntity, { id: post.id });
    if (!question || !answer || answer.deletedAt)
      throw new QnaException(QnaExceptionCode.AnswerNotFound, 'No such answer.');
    return { question, answer };
  }

  /** Staff actions and the system's own are audited; nobody else reaches these methods. */
  /** Writes the hidden state of a question or answer and publishes the event search follows. */
  private async writeHiddenState(
    manager: EntityManager,
    question: QuestionEntity,
    answer: AnswerEntity | null,
    state: Pick<QuestionEntity, 'hiddenAt' | 'hiddenReason' | 'hiddenNote' | 'hiddenById'>,
    change: 'hidden' | 'unhidden',
  ): Promise<void> {
    if (answer) {
      await manager.update(AnswerEntity, { id: answer.id }, state);
      // Hidden answers count for nobody: the question's count and state follow.
      await this.questions.refreshState(manager, question.id);
      await this.events.publish(manager, {
        type: `answer.${change}`,
        answerId: answer.id,
        questionId: question.id,
        authorId: answer.authorId,
      });
    } else {
      await manager.update(QuestionEntity, { id: question.id }, state);
      await this.events.publish(manager, {
        type: `question.${change}`,
        questionId: question.id,
        authorId: question.authorId,
      });
    }
  }

  private async record(
    manager: EntityManager,
    actor: Viewer | null,
    post: ModeratedPostRef,
    action: AuditAction,
    details: {
      before?: Record<string, unknown>;
      after?: Record<string, unknown>;
      reason?: string | null;
    },
  ): Promise<void> {
    if (actor && !isStaff(actor.user.role)) return;
    await this.audit.record(manager, actor, {
      action,
      targetType: post.kind === 'question' ? AuditTargetType.Question : AuditTargetType.Answer,
      targetId: post.id,
      ...details,
    });
  }
}

function hiddenState(post: HiddenState): HiddenState {
  return { hiddenReason: post.hiddenReason, hiddenNote: post.hiddenNote };
}
