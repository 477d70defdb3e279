import type { QnaEvent } from '@forum/api/qna';
import {
  ReputationAction,
  reputationAmounts,
  ReputationReason as Reason,
} from '@forum/shared/domain';
import type { LedgerScope, NewReputationChange } from './ledger.service.js';

type VoteEvent = QnaEvent & { type: 'vote.changed' };
type AcceptEvent = QnaEvent & { type: 'answer.accepted' };

/** One thing an event does to the ledger, in the order given. */
export type LedgerStep =
  | { kind: 'record'; changes: NewReputationChange[] }
  /** Cancel the net of the rows in scope. */
  | { kind: 'reverse'; scope: LedgerScope; action: ReputationAction }
  /** Re-apply what deleting the post took away. */
  | { kind: 'restore'; scope: LedgerScope };

const voteReasons = {
  question: [Reason.QuestionUpvote, Reason.QuestionDownvote],
  answer: [Reason.AnswerUpvote, Reason.AnswerDownvote, Reason.DownvoteCast],
} as const;
const acceptanceReasons = [Reason.AnswerAccepted, Reason.SolutionMarked] as const;

/**
 * How questions-and-answers events move reputation. Votes and acceptances earn; withdrawing
 * them, and deleting the post, undo exactly what they earned; restoring a post re-applies it.
 * Deleting a question undoes what the question itself earned, not what its answers earned:
 * the answers are other people's work and stay theirs. `at` dates replayed history.
 */
export function ledgerSteps(event: QnaEvent, at?: Date): LedgerStep[] {
  switch (event.type) {
    case 'vote.changed':
      return voteSteps(event, at);
    case 'answer.accepted':
      return acceptSteps(event, at);
    case 'answer.unaccepted':
      return [
        {
          kind: 'reverse',
          scope: {
            questionId: event.questionId,
            answerId: event.answerId,
            reasons: acceptanceReasons,
          },
          action: ReputationAction.Withdrawn,
        },
      ];
    case 'question.deleted':
    case 'answer.deleted':
      return [{ kind: 'reverse', scope: postScope(event), action: ReputationAction.PostDeleted }];
    case 'question.restored':
    case 'answer.restored':
      return [{ kind: 'restore', scope: postScope(event) }];
    default:
      return [];
  }
}

/** A changed vote first withdraws what the voter's earlier vote on the post caused. */
function voteSteps(event: VoteEvent, at?: Date): LedgerStep[] {
  const answerId = event.target === 'answer' ? event.postId : null;
  const steps: LedgerStep[] = [];
  if (event.previous !== 0) {
    steps.push({
      kind: 'reverse',
      scope: {
        questionId: event.questionId,
        answerId,
        actorId: event.voterId,
        reasons: voteReasons[event.target],
      },
      action: ReputationAction.Withdrawn,
    });
  }
  if (event.value === 0) return steps;
  const earned = changeMaker({ ...event, answerId, actorId: event.voterId }, at);
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
  return [...steps, { kind: 'record', changes }];
}

/** Accepting one's own answer earns nothing; otherwise the author earns, the accepter a little. */
function acceptSteps(event: AcceptEvent, at?: Date): LedgerStep[] {
  if (event.actorId === event.authorId) return [];
  const earned = changeMaker(event, at);
  return [
    {
      kind: 'record',
      changes: [
        earned(event.authorId, Reason.AnswerAccepted),
        earned(event.actorId, Reason.SolutionMarked),
      ],
    },
  ];
}

function changeMaker(
  post: { questionId: string; answerId: string | null; productId: string; actorId: string },
  at?: Date,
) {
  return (userId: string, reason: Reason): NewReputationChange => ({
    userId,
    delta: reputationAmounts[reason],
    reason,
    action: ReputationAction.Applied,
    questionId: post.questionId,
    answerId: post.answerId,
    productId: post.productId,
    actorId: post.actorId,
    ...(at ? { createdAt: at } : {}),
  });
}

function postScope(event: { questionId: string; answerId?: string }): LedgerScope {
  return { questionId: event.questionId, answerId: event.answerId ?? null };
}
