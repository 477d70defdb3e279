import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditLog, type Viewer } from '@forum/api/identity';
import { AuditAction, AuditTargetType } from '@forum/shared/domain';
import { QuestionService } from '@forum/api/qna';
import { DataSource, type EntityManager } from 'typeorm';
import { IdeasException, IdeasExceptionCode } from '../ideas.exception.js';
import { lockIdea } from '../ideas/idea-lock.js';
import type { IdeaEntity } from '../ideas/idea.entity.js';
import { IdeaQuestionEntity } from './idea-question.entity.js';

/**
 * Questions that ask for an idea, linked by experts and product managers. The idea keeps how
 * many questions, distinct askers and askers' organisations that is, recounted from its links.
 */
@Injectable()
export class EvidenceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly questions: QuestionService,
    private readonly audit: AuditLog,
  ) {}

  async link(viewer: Viewer, ideaId: string, questionId: string): Promise<IdeaEntity> {
    return this.dataSource.transaction(async (manager) => {
      await lockIdea(manager, ideaId);
      if (!(await this.questions.find(questionId))) {
        throw new IdeasException(IdeasExceptionCode.QuestionNotFound, 'There is no such question.');
      }
      // The idea's row lock serialises links to it, so this check holds until the insert.
      if (!(await manager.existsBy(IdeaQuestionEntity, { ideaId, questionId }))) {
        await manager.insert(IdeaQuestionEntity, {
          ideaId,
          questionId,
          linkedById: viewer.user.id,
        });
        await this.audit.record(manager, viewer, {
          action: AuditAction.QuestionLinkedToIdea,
          targetType: AuditTargetType.Idea,
          targetId: ideaId,
          before: { questionId: null },
          after: { questionId },
        });
      }
      await recountDemand(manager, ideaId);
      return lockIdea(manager, ideaId);
    });
  }

  async unlink(viewer: Viewer, ideaId: string, questionId: string): Promise<IdeaEntity> {
    return this.dataSource.transaction(async (manager) => {
      await lockIdea(manager, ideaId);
      const removed = await manager.delete(IdeaQuestionEntity, { ideaId, questionId });
      if (removed.affected) {
        await this.audit.record(manager, viewer, {
          action: AuditAction.QuestionUnlinkedFromIdea,
          targetType: AuditTargetType.Idea,
          targetId: ideaId,
          before: { questionId },
          after: { questionId: null },
        });
      }
      await recountDemand(manager, ideaId);
      return lockIdea(manager, ideaId);
    });
  }

  async linkedQuestionIds(ideaIds: readonly string[]): Promise<string[][]> {
    const rows = await this.dataSource.manager
      .createQueryBuilder(IdeaQuestionEntity, 'link')
      .where('link.idea_id = ANY(:ids)', { ids: ideaIds })
      .orderBy('link.created_at', 'ASC')
      .getMany();
    return ideaIds.map((id) =>
      rows.filter((row) => row.ideaId === id).map((row) => row.questionId),
    );
  }
}

/**
 * Recounts an idea's demand from its links (a handful of rows), skipping deleted questions.
 *
 * A read model across domains, kept here on purpose: it reads `question.author_id` and
 * `question.deleted_at` (qna) and `user_account.organisation_id` (identity) for the idea's few
 * linked questions, in one statement under the idea's row lock (ADR 0014).
 */
export async function recountDemand(manager: EntityManager, ideaId: string): Promise<void> {
  await manager.query(
    `UPDATE idea SET linked_question_count = s.questions, asker_count = s.askers,
       asker_organisation_count = s.organisations
     FROM (SELECT count(*)::int AS questions, count(DISTINCT q.author_id)::int AS askers,
             count(DISTINCT u.organisation_id)::int AS organisations
           FROM idea_question link
           JOIN question q ON q.id = link.question_id AND q.deleted_at IS NULL
           JOIN user_account u ON u.id = q.author_id
           WHERE link.idea_id = $1) s
     WHERE idea.id = $1`,
    [ideaId],
  );
}
