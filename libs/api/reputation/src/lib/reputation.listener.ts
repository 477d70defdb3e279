import { Injectable } from '@nestjs/common';
import { IdentityEvents, type IdentityEvent } from '@forum/api/identity';
import { type QnaEvent, QnaEvents } from '@forum/api/qna';
import type { EntityManager } from 'typeorm';
import { BadgeJobs } from './badges/badge.jobs.js';
import { ReputationRules } from './ledger/reputation-rules.js';

/** Whose badges may have changed after an event. */
function badgeCandidates(event: QnaEvent): string[] {
  switch (event.type) {
    case 'answer.posted':
    case 'answer.restored':
    case 'question.restored':
    case 'answer.accepted':
      return [event.authorId];
    case 'vote.changed':
      return event.value === 1 ? [event.authorId] : [];
    default:
      return [];
  }
}

/**
 * Follows questions and answers and accounts inside their transactions: the ledger rows and the
 * badge evaluation jobs commit or roll back together with the change that caused them.
 */
@Injectable()
export class ReputationListener {
  constructor(
    qnaEvents: QnaEvents,
    identityEvents: IdentityEvents,
    private readonly rules: ReputationRules,
    private readonly badgeJobs: BadgeJobs,
  ) {
    qnaEvents.subscribe((manager, event) => this.onQnaEvent(manager, event));
    identityEvents.subscribe((manager, event) => this.onIdentityEvent(manager, event));
  }

  private async onQnaEvent(manager: EntityManager, event: QnaEvent): Promise<void> {
    await this.rules.apply(manager, event);
    await this.badgeJobs.evaluateLater(manager, badgeCandidates(event));
  }

  /** The Company Expert badge follows the expert role. */
  private async onIdentityEvent(manager: EntityManager, event: IdentityEvent): Promise<void> {
    await this.badgeJobs.evaluateLater(manager, [event.userId]);
  }
}
