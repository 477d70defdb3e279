import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditLog, OrganisationService, type Viewer } from '@forum/api/identity';
import {
  AuditAction,
  AuditTargetType,
  type OrganisationPlan,
  type VoteImportance,
} from '@forum/shared/domain';
import { DataSource, type EntityManager, IsNull, Not } from 'typeorm';
import { IdeaEvents } from '../events/idea-events.js';
import { IdeasClock } from '../ideas.clock.js';
import { IdeasException, IdeasExceptionCode } from '../ideas.exception.js';
import { mayReadVotes } from '../ideas.permissions.js';
import type { IdeaEntity } from '../ideas/idea.entity.js';
import { shareIdea } from '../ideas/idea-lock.js';
import { IdeaVoteEntity } from './idea-vote.entity.js';
import { countVoteChange } from './vote-counters.js';
import { VoteFolder } from './vote-folder.js';

interface VoteDetails {
  importance?: VoteImportance | null;
  reason?: string | null;
}

/**
 * One vote per person per idea, withdrawable, and one recorded vote per organisation per idea.
 * A change holds the idea with a share lock and one voter's lock, writes the vote row and appends
 * its counter deltas in one transaction, so votes of different people on one idea run side by
 * side; after the commit, the deltas are folded into the counters (ADR 0031).
 */
@Injectable()
export class IdeaVoteService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: IdeasClock,
    private readonly events: IdeaEvents,
    private readonly organisations: OrganisationService,
    private readonly audit: AuditLog,
    private readonly folder: VoteFolder,
  ) {}

  async vote(viewer: Viewer, ideaId: string, details: VoteDetails): Promise<IdeaEntity> {
    return this.changeVotes(ideaId, (manager) => this.castIn(manager, viewer, ideaId, details));
  }

  /**
   * Casts or changes the viewer's vote inside the caller's transaction; the caller commits and
   * then has the idea's counter deltas folded (`VoteFolder`). Another vote on the same idea can
   * run in another transaction at the same time.
   */
  async castIn(
    manager: EntityManager,
    viewer: Viewer,
    ideaId: string,
    details: VoteDetails,
  ): Promise<IdeaEntity> {
    const idea = await shareIdea(manager, ideaId);
    await lockVoter(manager, ideaId, `person:${viewer.user.id}`);
    const existing = await manager.findOneBy(IdeaVoteEntity, { ideaId, userId: viewer.user.id });
    if (existing) {
      await this.change(manager, existing, details);
    } else {
      // The vote keeps the plan the organisation has now, when it is cast (ADR 0014).
      const organisation = viewer.user.organisationId
        ? await this.organisations.find(viewer.user.organisationId, manager)
        : null;
      await this.insert(manager, {
        ideaId,
        userId: viewer.user.id,
        organisationId: organisation?.id ?? null,
        plan: organisation?.plan ?? null,
        recordedById: null,
        ...details,
      });
      await this.events.publish(manager, {
        type: 'idea.voted',
        ideaId,
        authorId: idea.authorId,
        voterId: viewer.user.id,
      });
    }
    return this.votesChanged(manager, ideaId);
  }

  /** Withdraws the viewer's vote; nothing happens when there is none. */
  async withdraw(viewer: Viewer, ideaId: string): Promise<IdeaEntity> {
    return this.changeVotes(ideaId, async (manager) => {
      await shareIdea(manager, ideaId);
      await lockVoter(manager, ideaId, `person:${viewer.user.id}`);
      const existing = await manager.findOneBy(IdeaVoteEntity, { ideaId, userId: viewer.user.id });
      if (existing) await this.remove(manager, existing);
      return this.votesChanged(manager, ideaId);
    });
  }

  async recordForOrganisation(
    viewer: Viewer,
    ideaId: string,
    organisationId: string,
    details: VoteDetails,
  ): Promise<IdeaEntity> {
    return this.changeVotes(ideaId, async (manager) => {
      await shareIdea(manager, ideaId);
      await lockVoter(manager, ideaId, `organisation:${organisationId}`);
      const organisation = await this.organisations.find(organisationId, manager);
      if (!organisation) {
        throw new IdeasException(
          IdeasExceptionCode.OrganisationNotFound,
          'There is no such organisation.',
        );
      }
      const existing = await manager.findOneBy(IdeaVoteEntity, {
        ideaId,
        organisationId,
        recordedById: Not(IsNull()),
      });
      const after = {
        organisationId,
        importance: details.importance ?? null,
        reason: clean(details.reason),
      };
      await this.audit.record(manager, viewer, {
        action: AuditAction.OrganisationVoteRecorded,
        targetType: AuditTargetType.Idea,
        targetId: ideaId,
        before: existing ? recordedVoteOf(existing) : null,
        after,
      });
      if (existing) {
        await this.change(manager, existing, details);
        await manager.update(IdeaVoteEntity, existing.id, { recordedById: viewer.user.id });
      } else {
        await this.insert(manager, {
          ideaId,
          userId: null,
          organisationId,
          plan: organisation.plan,
          recordedById: viewer.user.id,
          ...details,
        });
      }
      return this.votesChanged(manager, ideaId);
    });
  }

  async removeForOrganisation(
    viewer: Viewer,
    ideaId: string,
    organisationId: string,
  ): Promise<IdeaEntity> {
    return this.changeVotes(ideaId, async (manager) => {
      await shareIdea(manager, ideaId);
      await lockVoter(manager, ideaId, `organisation:${organisationId}`);
      const existing = await manager.findOneBy(IdeaVoteEntity, {
        ideaId,
        organisationId,
        recordedById: Not(IsNull()),
      });
      if (!existing) {
        throw new IdeasException(
          IdeasExceptionCode.NotVoted,
          'No vote was recorded for this organisation.',
        );
      }
      await this.remove(manager, existing);
      await this.audit.record(manager, viewer, {
        action: AuditAction.OrganisationVoteRemoved,
        targetType: AuditTargetType.Idea,
        targetId: ideaId,
        before: recordedVoteOf(existing),
        after: null,
      });
      return this.votesChanged(manager, ideaId);
    });
  }

  /** Runs one vote change in a transaction, then has the idea's counter deltas folded. */
  private async changeVotes(
    ideaId: string,
    change: (manager: EntityManager) => Promise<IdeaEntity>,
  ): Promise<IdeaEntity> {
    const idea = await this.dataSource.transaction(change);
    this.folder.fold(ideaId);
    return idea;
  }

  /** Tells listeners (search ranks by votes) and returns the idea as it is now. */
  private async votesChanged(manager: EntityManager, ideaId: string): Promise<IdeaEntity> {
    const idea = await shareIdea(manager, ideaId);
    await this.events.publish(manager, {
      type: 'idea.votes_changed',
      ideaId,
      authorId: idea.authorId,
    });
    return idea;
  }

  /** An idea's votes, newest first (1 to 500), for product managers and admins only. */
  list(viewer: Viewer | undefined, ideaId: string, first: number): Promise<IdeaVoteEntity[]> {
    if (!mayReadVotes(viewer)) {
      throw new IdeasException(
        IdeasExceptionCode.StaffOnly,
        'Only product managers read the votes.',
      );
    }
    return this.dataSource.manager.find(IdeaVoteEntity, {
      where: { ideaId },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: Math.min(Math.max(first, 1), 500),
    });
  }

  private async insert(
    manager: EntityManager,
    vote: {
      ideaId: string;
      userId: string | null;
      organisationId: string | null;
      plan: OrganisationPlan | null;
      recordedById: string | null;
    } & VoteDetails,
  ): Promise<void> {
    const row = manager.create(IdeaVoteEntity, {
      ...vote,
      importance: vote.importance ?? null,
      reason: clean(vote.reason),
      createdAt: this.clock.now(),
    });
    await manager.insert(IdeaVoteEntity, row);
    await countVoteChange(manager, { kind: 'cast', vote: row });
  }

  /** A new importance moves the vote between tallies; the day and organisation stay. */
  private async change(
    manager: EntityManager,
    vote: IdeaVoteEntity,
    details: VoteDetails,
  ): Promise<void> {
    const importance = details.importance ?? null;
    await countVoteChange(manager, { kind: 'change', vote, importance });
    await manager.update(IdeaVoteEntity, vote.id, { importance, reason: clean(details.reason) });
  }

  private async remove(manager: EntityManager, vote: IdeaVoteEntity): Promise<void> {
    await manager.delete(IdeaVoteEntity, vote.id);
    await countVoteChange(manager, { kind: 'withdraw', vote });
  }
}

/**
 * Serialises the changes of one voter (a person, or an organisation's recorded vote) on one idea,
 * so a double click finds the vote the first click wrote; other voters never wait for it.
 */
async function lockVoter(manager: EntityManager, ideaId: string, voter: string): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
    `idea-vote:${ideaId}:${voter}`,
  ]);
}

function recordedVoteOf(vote: IdeaVoteEntity): Record<string, unknown> {
  return { organisationId: vote.organisationId, importance: vote.importance, reason: vote.reason };
}

function clean(reason: string | null | undefined): string | null {
  const trimmed = reason?.trim();
  return trimmed ? trimmed : null;
}
