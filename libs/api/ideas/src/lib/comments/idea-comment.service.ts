import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditLog, type Viewer } from '@forum/api/identity';
import { AuditAction, AuditTargetType } from '@forum/shared/domain';
import { DataSource, In } from 'typeorm';
import { IdeasException, IdeasExceptionCode } from '../ideas.exception.js';
import { mayDeleteIdeaComment } from '../ideas.permissions.js';
import { lockIdea } from '../ideas/idea-lock.js';
import { IdeaEntity } from '../ideas/idea.entity.js';
import { IdeaCommentEntity } from './idea-comment.entity.js';

@Injectable()
export class IdeaCommentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  async add(viewer: Viewer, ideaId: string, body: string): Promise<IdeaCommentEntity> {
    return this.dataSource.transaction(async (manager) => {
      await lockIdea(manager, ideaId);
      const comment = await manager.save(
        manager.create(IdeaCommentEntity, { ideaId, authorId: viewer.user.id, body: body.trim() }),
      );
      await manager.increment(IdeaEntity, { id: ideaId }, 'commentCount', 1);
      return comment;
    });
  }

  /** Authors delete their comments, moderators any; the row stays for the record. */
  async delete(viewer: Viewer, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const comment = await manager.findOneBy(IdeaCommentEntity, { id });
      if (!comment || comment.deletedAt) {
        throw new IdeasException(IdeasExceptionCode.CommentNotFound, 'There is no such comment.');
      }
      if (!mayDeleteIdeaComment(viewer, comment)) {
        throw new IdeasException(
          IdeasExceptionCode.NotAllowedToDelete,
          'Only its author and moderators may delete this comment.',
        );
      }
      const idea = await lockIdea(manager, comment.ideaId, { allowMerged: true });
      await manager.update(IdeaCommentEntity, id, { deletedAt: new Date() });
      // A merged idea's comments count on its target too.
      const shownOn = [idea.id, ...(idea.mergedIntoId ? [idea.mergedIntoId] : [])];
      await manager.decrement(IdeaEntity, { id: In(shownOn) }, 'commentCount', 1);
      if (comment.authorId !== viewer.user.id) {
        await this.audit.record(manager, viewer, {
          action: AuditAction.IdeaCommentDeleted,
          targetType: AuditTargetType.IdeaComment,
          targetId: id,
          before: { deleted: false },
          after: { deleted: true },
        });
      }
    });
  }

  /** Comments of these ideas and of the ideas merged into them, oldest first. */
  async forIdeas(ideaIds: readonly string[]): Promise<IdeaCommentEntity[][]> {
    const rows: Array<IdeaCommentEntity & { shownOn: string }> = await this.dataSource.manager
      .createQueryBuilder(IdeaCommentEntity, 'c')
      .innerJoin(IdeaEntity, 'i', 'i.id = c.idea_id')
      .addSelect('coalesce(i.merged_into_id, i.id)', 'shown_on')
      .where('c.deleted_at IS NULL')
      .andWhere('(i.id = ANY(:ids) OR i.merged_into_id = ANY(:ids))', { ids: ideaIds })
      .orderBy('c.created_at', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .getRawAndEntities()
      .then(({ entities, raw }) =>
        entities.map((entity, i) =>
          Object.assign(entity, { shownOn: (raw[i] as { shown_on: string }).shown_on }),
        ),
      );
    return ideaIds.map((id) => rows.filter((row) => row.shownOn === id || row.ideaId === id));
  }
}
