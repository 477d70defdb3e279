import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditLog, type Viewer } from '@forum/api/identity';
import { Clock } from '@forum/api/platform';
import { AuditAction, AuditTargetType, PostHiddenReason } from '@forum/shared/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AnswerEntity } from '../answers/answer.entity.js';
import { QnaException, QnaExceptionCode } from '../qna.exception.js';
import { mayModerate } from '../qna.permissions.js';
import { QuestionEntity } from '../questions/question.entity.js';
import { QuestionService } from '../questions/question.service.js';
import { type ModeratedPostRef, PostModeration } from './post-moderation.service.js';

/**
 * What moderators do to posts from the question page: hide and unhide (through `PostModeration`),
 * lock and pin questions. Each change runs in one transaction with its audit entry, under the
 * question's row lock, and answers with the question as it now stands.
 */
@Injectable()
export class StaffPostActions {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly posts: PostModeration,
    private readonly questions: QuestionService,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  hide(viewer: Viewer, post: ModeratedPostRef, note: string | null): Promise<QuestionEntity> {
    this.assertModerator(viewer);
    const trimmed = note?.trim() || null;
    return this.dataSource.transaction(async (manager) => {
      await this.posts.hide(manager, post, {
        reason: PostHiddenReason.Moderator,
        note: trimmed,
        actor: viewer,
      });
      return this.questionOf(manager, post);
    });
  }

  unhide(viewer: Viewer, post: ModeratedPostRef): Promise<QuestionEntity> {
    this.assertModerator(viewer);
    return this.dataSource.transaction(async (manager) => {
      await this.posts.unhide(manager, post, viewer);
      return this.questionOf(manager, post);
    });
  }

  lock(viewer: Viewer, id: string): Promise<QuestionEntity> {
    return this.change(viewer, id, AuditAction.QuestionLocked, (question) => {
      if (question.lockedAt)
        throw new QnaException(QnaExceptionCode.AlreadyLocked, 'The question is already locked.');
      return { lockedAt: this.clock.now(), lockedById: viewer.user.id };
    });
  }

  unlock(viewer: Viewer, id: string): Promise<QuestionEntity> {
    return this.change(viewer, id, AuditAction.QuestionUnlocked, (question) => {
      if (!question.lockedAt)
        throw new QnaException(QnaExceptionCode.NotLocked, 'The question is not locked.');
      return { lockedAt: null, lockedById: null };
    });
  }

  pin(viewer: Viewer, id: string): Promise<QuestionEntity> {
    return this.change(viewer, id, AuditAction.QuestionPinned, (question) => {
      if (question.pinnedAt)
        throw new QnaException(QnaExceptionCode.AlreadyPinned, 'The question is already pinned.');
      return { pinnedAt: this.clock.now() };
    });
  }

  unpin(viewer: Viewer, id: string): Promise<QuestionEntity> {
    return this.change(viewer, id, AuditAction.QuestionUnpinned, (question) => {
      if (!question.pinnedAt)
        throw new QnaException(QnaExceptionCode.NotPinned, 'The question is not pinned.');
      return { pinnedAt: null };
    });
  }

  /** Locks the question row, checks its state, writes the change and its audit entry. */
  private change(
    viewer: Viewer,
    id: string,
    action: AuditAction,
    changeOf: (question: QuestionEntity) => QuestionChange,
  ): Promise<QuestionEntity> {
    this.assertModerator(viewer);
    return this.dataSource.transaction(async (manager) => {
      const question = await manager.findOne(QuestionEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!question || question.deletedAt)
        throw new QnaException(QnaExceptionCode.QuestionNotFound, 'No such question.');
      const change = changeOf(question);
      await manager.update(QuestionEntity, { id }, change);
      await this.audit.record(manager, viewer, {
        action,
        targetType: AuditTargetType.Question,
        targetId: id,
        before: pick(question, Object.keys(change)),
        after: change,
      });
      return this.questions.get(id, manager);
    });
  }

  private async questionOf(
    manager: EntityManager,
    post: ModeratedPostRef,
  ): Promise<QuestionEntity> {
    if (post.kind === 'question') return this.questions.get(post.id, manager);
    const answer = await manager.findOneByOrFail(AnswerEntity, { id: post.id });
    return this.questions.get(answer.questionId, manager);
  }

  private assertModerator(viewer: Viewer): void {
    if (!mayModerate(viewer))
      throw new QnaException(
        QnaExceptionCode.NotAllowedToModerate,
        'Only moderators hide, lock and pin posts.',
      );
  }
}

type QuestionChange = Partial<Pick<QuestionEntity, 'lockedAt' | 'lockedById' | 'pinnedAt'>>;

function pick(question: QuestionEntity, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((key) => [key, question[key as keyof QuestionEntity]]));
}
