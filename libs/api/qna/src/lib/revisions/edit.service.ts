import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditLog, auditChanges, type Viewer } from '@forum/api/identity';
import { AuditAction, AuditTargetType } from '@forum/shared/domain';
import { DataSource, IsNull } from 'typeorm';
import { AnswerEntity } from '../answers/answer.entity.js';
import { QnaEvents } from '../events/qna-events.js';
import {
  assertAnswerVisible,
  assertNotLocked,
  assertQuestionVisible,
} from '../moderation/post-guards.js';
import { QnaException, QnaExceptionCode } from '../qna.exception.js';
import { QnaPrivileges } from '../privileges/qna-privileges.js';
import { isAuthor, isModerator } from '../qna.permissions.js';
import { QuestionEntity } from '../questions/question.entity.js';
import { QuestionService } from '../questions/question.service.js';
import { TagService } from '../tags/tag.service.js';
import { PostRevisionEntity } from './post-revision.entity.js';

export interface QuestionChanges {
  title?: string | null;
  body?: string | null;
  tags?: string[] | null;
}

/** Edits keep the previous text as a revision, so every change can be seen and compared. */
@Injectable()
export class EditService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly questions: QuestionService,
    private readonly tags: TagService,
    private readonly events: QnaEvents,
    private readonly privileges: QnaPrivileges,
    private readonly audit: AuditLog,
  ) {}

  async editQuestion(
    viewer: Viewer,
    id: string,
    changes: QuestionChanges,
  ): Promise<QuestionEntity> {
    return this.dataSource.transaction(async (manager) => {
      const question = await manager.findOne(QuestionEntity, {
        where: { id, deletedAt: IsNull() },
        relations: { tags: true },
        lock: { mode: 'pessimistic_write', tables: ['question'] },
      });
      if (!question) throw new QnaException(QnaExceptionCode.QuestionNotFound, 'No such question.');
      assertQuestionVisible(viewer, question);
      this.privileges.assertMayEdit(viewer, question);
      assertNotLocked(viewer, question, 'edit');
      const previousTags = (question.tags ?? []).map((tag) => tag.slug).sort();
      const before = { title: question.title, body: question.body, tags: previousTags };
      await manager.insert(PostRevisionEntity, {
        questionId: question.id,
        editorId: viewer.user.id,
        previousTitle: question.title,
        previousBody: question.body,
        previousTags,
      });
      if (changes.title) question.title = changes.title.trim();
      if (changes.body !== undefined && changes.body !== null) question.body = changes.body;
      if (changes.tags) question.tags = await this.tags.resolve(manager, changes.tags);
      question.lastActivityAt = new Date();
      await manager.save(question);
      await this.events.publish(manager, {
        type: 'question.edited',
        questionId: question.id,
        authorId: question.authorId,
      });
      if (!isAuthor(viewer, question)) {
        const tags = (question.tags ?? []).map((tag) => tag.slug).sort();
        const edited = auditChanges(before, { title: question.title, body: question.body, tags });
        if (edited) {
          await this.audit.record(manager, viewer, {
            action: AuditAction.QuestionEditedByStaff,
            targetType: AuditTargetType.Question,
            targetId: question.id,
            ...edited,
          });
        }
      }
      return this.questions.get(question.id, manager);
    });
  }

  async editAnswer(viewer: Viewer, id: string, body: string): Promise<AnswerEntity> {
    return this.dataSource.transaction(async (manager) => {
      const answer = await manager.findOne(AnswerEntity, {
        where: { id, deletedAt: IsNull() },
        lock: { mode: 'pessimistic_write' },
      });
      if (!answer) throw new QnaException(QnaExceptionCode.AnswerNotFound, 'No such answer.');
      assertAnswerVisible(viewer, answer);
      this.privileges.assertMayEdit(viewer, answer);
      assertNotLocked(
        viewer,
        await manager.findOneByOrFail(QuestionEntity, { id: answer.questionId }),
        'edit',
      );
      await manager.insert(PostRevisionEntity, {
        answerId: answer.id,
        editorId: viewer.user.id,
        previousBody: answer.body,
      });
      await manager.update(AnswerEntity, { id }, { body });
      await manager.update(
        QuestionEntity,
        { id: answer.questionId },
        { lastActivityAt: new Date() },
      );
      await this.events.publish(manager, {
        type: 'answer.edited',
        answerId: id,
        questionId: answer.questionId,
        authorId: answer.authorId,
      });
      const edited = auditChanges({ body: answer.body }, { body });
      if (!isAuthor(viewer, answer) && edited) {
        await this.audit.record(manager, viewer, {
          action: AuditAction.AnswerEditedByStaff,
          targetType: AuditTargetType.Answer,
          targetId: id,
          ...edited,
        });
      }
      return manager.findOneByOrFail(AnswerEntity, { id });
    });
  }

  /**
   * Earlier versions of a question or answer, newest first. The old texts of a deleted post (or
   * of an answer under a deleted question) are for moderators only, like the post itself; those of
   * a hidden post (or of an answer under a hidden question) for moderators and its author.
   */
  async revisions(
    viewer: Viewer | undefined,
    post: { questionId?: string; answerId?: string },
  ): Promise<PostRevisionEntity[]> {
    if (!isModerator(viewer)) await this.assertVisible(viewer, post);
    return this.dataSource.getRepository(PostRevisionEntity).find({
      where: post.questionId ? { questionId: post.questionId } : { answerId: post.answerId },
      order: { createdAt: 'DESC' },
    });
  }

  private async assertVisible(
    viewer: Viewer | undefined,
    post: { questionId?: string; answerId?: string },
  ): Promise<void> {
    const viewerId = viewer?.user.id ?? null;
    if (post.questionId) {
      const visible = await this.dataSource
        .getRepository(QuestionEntity)
        .createQueryBuilder('question')
        .where('question.id = :id AND question.deleted_at IS NULL', { id: post.questionId })
        .andWhere('(question.hidden_at IS NULL OR question.author_id = :viewerId)', { viewerId })
        .getExists();
      if (!visible) {
        throw new QnaException(QnaExceptionCode.QuestionNotFound, 'There is no such question.');
      }
      return;
    }
    const visible = await this.dataSource
      .getRepository(AnswerEntity)
      .createQueryBuilder('answer')
      .innerJoin('answer.question', 'question')
      .where('answer.id = :id', { id: post.answerId })
      .andWhere('answer.deleted_at IS NULL AND question.deleted_at IS NULL')
      .andWhere('(answer.hidden_at IS NULL OR answer.author_id = :viewerId)', { viewerId })
      .andWhere('(question.hidden_at IS NULL OR question.author_id = :viewerId)', { viewerId })
      .getExists();
    if (!visible)
      throw new QnaException(QnaExceptionCode.AnswerNotFound, 'There is no such answer.');
  }
}
