import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditLog, type Viewer } from '@forum/api/identity';
import { AuditAction, AuditTargetType, NotificationKind } from '@forum/shared/domain';
import { NotificationService } from '@forum/api/notifications';
import { DataSource } from 'typeorm';
import { recountDemand } from '../evidence/evidence.service.js';
import { IdeaEvents } from '../events/idea-events.js';
import { IdeasClock } from '../ideas.clock.js';
import { IdeasException, IdeasExceptionCode } from '../ideas.exception.js';
import { recountVotes } from '../votes/vote-counters.js';
import { inLockOrder, lockIdea } from './idea-lock.js';
import { IdeaEntity } from './idea.entity.js';

/**
 * Merges a duplicate into another idea: votes move over (people and organisations that voted
 * for both keep one vote), linked questions move, comments stay and show on the target, and the
 * duplicate redirects there from then on.
 */
@Injectable()
export class IdeaMergeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationService,
    private readonly clock: IdeasClock,
    private readonly events: IdeaEvents,
    private readonly audit: AuditLog,
  ) {}

  async merge(viewer: Viewer, sourceId: string, targetId: string): Promise<IdeaEntity> {
    if (sourceId === targetId) {
      throw new IdeasException(
        IdeasExceptionCode.InvalidMerge,
        'An idea cannot merge into itself.',
      );
    }
    return this.dataSource.transaction(async (manager) => {
      const locked: IdeaEntity[] = [];
      for (const id of inLockOrder([sourceId, targetId])) locked.push(await lockIdea(manager, id));
      const source = locked.find((idea) => idea.id === sourceId)!;
      const voters: Array<{ user_id: string }> = await manager.query(
        'SELECT user_id FROM idea_vote WHERE idea_id = $1 AND user_id IS NOT NULL',
        [sourceId],
      );
      await manager.query(
        `DELETE FROM idea_vote s USING idea_vote t
         WHERE s.idea_id = $1 AND t.idea_id = $2
           AND (s.user_id = t.user_id
                OR (s.recorded_by_id IS NOT NULL AND t.recorded_by_id IS NOT NULL
                    AND s.organisation_id = t.organisation_id))`,
        [sourceId, targetId],
      );
      await manager.query('UPDATE idea_vote SET idea_id = $2 WHERE idea_id = $1', [
        sourceId,
        targetId,
      ]);
      await manager.query(
        `INSERT INTO idea_question (idea_id, question_id, linked_by_id, created_at)
         SELECT $2, question_id, linked_by_id, created_at FROM idea_question WHERE idea_id = $1
         ON CONFLICT DO NOTHING`,
        [sourceId, targetId],
      );
      await manager.query('DELETE FROM idea_question WHERE idea_id = $1', [sourceId]);
      // Ideas merged into the duplicate earlier now point at the target: one hop, always.
      await manager.query('UPDATE idea SET merged_into_id = $2 WHERE merged_into_id = $1', [
        sourceId,
        targetId,
      ]);
      // The target shows the duplicate's comments from now on, so it counts them too.
      await manager.increment(IdeaEntity, { id: targetId }, 'commentCount', source.commentCount);
      await manager.update(IdeaEntity, sourceId, {
        mergedIntoId: targetId,
        mergedAt: this.clock.now(),
      });
      for (const id of [sourceId, targetId]) {
        await recountVotes(manager, id);
        await recountDemand(manager, id);
      }
      await this.notifications.deliver(manager, {
        kind: NotificationKind.IdeaMerged,
        eventKey: `idea.merged:${sourceId}`,
        recipientIds: voters.map((row) => row.user_id),
        actorId: viewer.user.id,
        subjectKey: null,
        payload: {
          ideaId: sourceId,
          ideaTitle: source.title,
          targetId,
          targetTitle: locked.find((i) => i.id === targetId)!.title,
        },
      });
      await this.events.publish(manager, {
        type: 'idea.merged',
        ideaId: sourceId,
        authorId: source.authorId,
        targetId,
        actorId: viewer.user.id,
        ideaTitle: source.title,
        targetTitle: locked.find((i) => i.id === targetId)?.title ?? '',
      });
      await this.audit.record(manager, viewer, {
        action: AuditAction.IdeaMerged,
        targetType: AuditTargetType.Idea,
        targetId: sourceId,
        before: { mergedIntoId: source.mergedIntoId },
        after: { mergedIntoId: targetId },
      });
      return lockIdea(manager, targetId);
    });
  }
}
