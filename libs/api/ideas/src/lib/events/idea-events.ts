import { Injectable } from '@nestjs/common';
import { TransactionalEventBus } from '@forum/api/platform';
import type { IdeaStatus } from '@forum/shared/domain';

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
  /** A person cast their own vote (not a change of it, not one recorded for an organisation). */
  | ({ type: 'idea.voted'; voterId: string } & IdeaRef)
  | ({
      type: 'idea.status_changed';
      fromStatus: IdeaStatus;
      toStatus: IdeaStatus;
      /** The product manager who changed it. */
      actorId: string;
      /** The change, with its public message; what followers are told. */
      statusChangeId: string;
      ideaTitle: string;
      message: string;
    } & IdeaRef)
  /** The idea was merged into `targetId`, which took over its votes. */
  | ({
      type: 'idea.merged';
      targetId: string;
      /** Who merged it. */
      actorId: string;
      ideaTitle: string;
      targetTitle: string;
    } & IdeaRef);

/** The feature-idea events; other domains subscribe with their place in the order. */
@Injectable()
export class IdeaEvents extends TransactionalEventBus<IdeaEvent> {}
