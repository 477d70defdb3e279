import { Injectable } from '@nestjs/common';
import { type IdeaEvent, IdeaEvents } from '@forum/api/ideas';
import { IdentityEvents, type IdentityEvent } from '@forum/api/identity';
import type { ListenerOrder } from '@forum/api/platform';
import { type QnaEvent, QnaEvents } from '@forum/api/qna';
import type { EntityManager } from 'typeorm';
import { badgeCandidates, makesIdeaChampion } from './badges/badge-rules.js';
import { BadgeJobs } from './badges/badge.jobs.js';
import { BadgeService } from './badges/badge.service.js';
import { ReputationRules } from './ledger/reputation-rules.service.js';

/** The ledger and badges are reputation's own state: written before follow-ups are enqueued. */
const order: ListenerOrder = { phase: 'record', name: 'reputation' };

/**
 * Follows questions and answers, ideas and accounts inside their transactions: the ledger rows and the
 * badge evaluation jobs commit or roll back together with the change that caused them.
 */
@Injectable()
export class ReputationListener {
  constructor(
    qnaEvents: QnaEvents,
    identityEvents: IdentityEvents,
    ideaEvents: IdeaEvents,
    private readonly rules: ReputationRules,
    private readonly badgeJobs: BadgeJobs,
    private readonly badges: BadgeService,
  ) {
    qnaEvents.subscribe((manager, event) => this.onQnaEvent(manager, event), order);
    identityEvents.subscribe((manager, event) => this.onIdentityEvent(manager, event), order);
    ideaEvents.subscribe((manager, event) => this.onIdeaEvent(manager, event), order);
  }

  private async onQnaEvent(manager: EntityManager, event: QnaEvent): Promise<void> {
    await this.rules.apply(manager, event);
    await this.badgeJobs.evaluateLater(manager, badgeCandidates(event));
  }

  /** The Company Expert badge follows the expert role. */
  private async onIdentityEvent(manager: EntityManager, event: IdentityEvent): Promise<void> {
    await this.badgeJobs.evaluateLater(manager, [event.userId]);
  }

  /**
   * Idea Champion, awarded in the status change's own transaction: one insert that the unique
   * index makes idempotent, too small to be worth a background job.
   */
  private async onIdeaEvent(manager: EntityManager, event: IdeaEvent): Promise<void> {
    if (event.type === 'idea.status_changed' && makesIdeaChampion(event.toStatus)) {
      await this.badges.awardIdeaChampion(event.authorId, event.ideaId, manager);
    }
  }
}
