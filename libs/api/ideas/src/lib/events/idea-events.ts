import { Injectable } from '@nestjs/common';
import type { IdeaStatus } from '@forum/shared/domain';
import type { EntityManager } from 'typeorm';

/** Which idea, and who proposed it; carried by every event about an idea. */
interface IdeaRef {
  ideaId: string;
  authorId: string;
}

/**
 * What happened to feature ideas, published inside the transaction that made the change.
 * Listeners (search indexing, badges) do their part in that same transaction, so the follow-up
 * exists exactly when the change does.
 */
export type IdeaEvent =
  | ({ type: 'idea.proposed' | 'idea.edited' } & IdeaRef)
  /** Votes were cast, changed, withdrawn, recorded or removed: the vote count may differ. */
  | ({ type: 'idea.votes_changed' } & IdeaRef)
  | ({
      type: 'idea.status_changed';
      fromStatus: IdeaStatus;
      toStatus: IdeaStatus;
      /** The product manager who changed it. */
      actorId: string;
    } & IdeaRef)
  /** The idea was merged into `targetId`, which took over its votes. */
  | ({ type: 'idea.merged'; targetId: string } & IdeaRef);

export type IdeaEventListener = (manager: EntityManager, event: IdeaEvent) => Promise<void>;

@Injectable()
export class IdeaEvents {
  private readonly listeners: IdeaEventListener[] = [];

  /** Registers a listener; call it from a provider's constructor or `onModuleInit`. */
  subscribe(listener: IdeaEventListener): void {
    this.listeners.push(listener);
  }

  /** Runs every listener in the caller's transaction; a failing listener rolls the change back. */
  async publish(manager: EntityManager, event: IdeaEvent): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('IdeaEvents.publish needs an EntityManager inside a transaction');
    }
    for (const listener of this.listeners) await listener(manager, event);
  }
}
