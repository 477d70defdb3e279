import { Injectable } from '@nestjs/common';
import type { QnaEvent } from '@forum/api/qna';
import type { EntityManager } from 'typeorm';
import { LedgerService } from './ledger.service.js';
import { ledgerSteps } from './reputation-rules.js';

/** Applies the reputation rules of a questions-and-answers event to the ledger, in its transaction. */
@Injectable()
export class ReputationRules {
  constructor(private readonly ledger: LedgerService) {}

  async apply(manager: EntityManager, event: QnaEvent, at?: Date): Promise<void> {
    for (const step of ledgerSteps(event, at)) {
      if (step.kind === 'record') await this.ledger.record(manager, step.changes);
      else if (step.kind === 'reverse') await this.ledger.reverse(manager, step.scope, step.action);
      else await this.ledger.restore(manager, step.scope);
    }
  }
}
