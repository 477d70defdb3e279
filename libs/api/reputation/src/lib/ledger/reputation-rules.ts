import { Injectable } from '@nestjs/common';
import { type QnaEvent, QnaStats } from '@forum/api/qna';
import {
  ReputationAction,
  reputationAmounts,
  ReputationReason as Reason,
} from '@forum/shared/domain';
import type { EntityManager } from 'typeorm';
import { LedgerService, type NewReputationChange } from './ledger.service.js';

type VoteEvent = QnaEvent & { type: 'vote.changed' };
type AcceptEvent = Extract<QnaEvent, { actorId: string }>;

const voteReasons = {
  question: [Reason.QuestionUpvote, Reason.QuestionDownvote],
  answer: [Reason.AnswerUpvote, Reason.AnswerDownvote, Reason.DownvoteCast],
} as const;
const acceptanceReasons = [Reason.AnswerAccepted, Reason.SolutionMarked] as const;

/**
 * How questions-and-answers events move reputation. Votes and acceptances earn; withdrawing
 * them, and deleting the post, undo exactly what they earned; restoring a post re-applies it.
 * Deleting a question undoes what the question itself earned, not what its answers earned:
 * the answers are other people's work and stay theirs.
 */
@Injectable()
export class ReputationRules {
  constructor(
    private readonly ledger: LedgerService,
    private readonly qna: QnaStats,
  ) {}

  async apply(manager: EntityManager, event: QnaEvent, at?: Date): Promise<void> {
    switch (event.type) {
      case 'vote.changed':
        return this.vote(manager, event, at);
      case 'answer.accepted':
        return this.accept(manager, event, at);
      case 'answer.unaccepted':
        return this.ledger.reverse(
          manager,
          { questionId: event.questionId, answerId: event.answerId, reasons: acceptanceReasons },
          ReputationAction.Withdrawn,
        );
      case 'question.deleted':
      case 'answer.deleted':
        return this.ledger.reverse(manager, postScope(event), ReputationAction.PostDeleted);
      case 'question.restored':
      case 'answer.restored':
        return this.ledger.restore(manager, postScope(event));
      default:
        return;
    }
  }

  private async vote(manager: EntityManager, event: VoteEvent, at?: Date): Promise<void> {
    const answerId = event.target === 'answer' ? event.postId : null;
    if (event.previous !== 0) {
      await this.ledger.reverse(
        manager,
        {
          questionId: event.questionId,
          answerId,
          actorId: event.voterId,
          reasons: voteReasons[event.target],
        },
        ReputationAction.Withdrawn,
      );
    }
    if (event.value === 0) return;
    const base = {
      action: ReputationAction.Applied,
      questionId: event.questionId,
      answerId,
      productId: await this.qna.productOf(manager, event.questionId),
      actorId: event.voterId,
      ...(at ? { createdAt: at } : {}),
    };
    const earned = (userId: string, reason: Reason): NewReputationChange => ({
      ...base,
      userId,
      reason,
      delta: reputationAmounts[reason],
    });
    const changes =
      event.target === 'question'
        ? [
            earned(
              event.authorId,
              event.value === 1 ? Reason.QuestionUpvote : Reason.QuestionDownvote,
            ),
          ]
        : event.value === 1
          ? [earned(event.authorId, Reason.AnswerUpvote)]
          : [
              earned(event.authorId, Reason.AnswerDownvote),
              earned(event.voterId, Reason.DownvoteCast),
            ];
    await this.ledger.record(manager, changes);
  }

  /** Accepting one's own answer earns nothing; otherwise the author earns, the accepter a little. */
  private async accept(manager: EntityManager, event: AcceptEvent, at?: Date): Promise<void> {
    if (event.actorId === event.authorId) return;
    const base = {
      action: ReputationAction.Applied,
      questionId: event.questionId,
      answerId: event.answerId,
      productId: await this.qna.productOf(manager, event.questionId),
      actorId: event.actorId,
      ...(at ? { createdAt: at } : {}),
    };
    await this.ledger.record(manager, [
      {
        ...base,
        userId: event.authorId,
        reason: Reason.AnswerAccepted,
        delta: reputationAmounts.answer_accepted,
      },
      {
        ...base,
        userId: event.actorId,
        reason: Reason.SolutionMarked,
        delta: reputationAmounts.solution_marked,
      },
    ]);
  }
}

function postScope(event: { questionId: string; answerId?: string }) {
  return { questionId: event.questionId, answerId: event.answerId ?? null };
}
