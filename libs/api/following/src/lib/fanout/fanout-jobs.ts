import type { IdeaEvent } from '@forum/api/ideas';
import type { QnaEvent } from '@forum/api/qna';

export const fanoutQueue = 'notifications.fanout';

/** People told per transaction: short transactions, few of them for a popular tag. */
export const fanoutBatchSize = 1_000;

/**
 * One job per event that may tell people something. It carries ids only: the worker reads the
 * post as it is when the job runs, so a post hidden or deleted meanwhile tells nobody.
 */
export type FanoutJob =
  /** Asked (or shown again): followers of its tags and product, and the people it mentions. */
  | { type: 'question'; questionId: string; actorId: string; mentionsOnly: boolean }
  /** Posted (or shown again): followers of the question, and the people it mentions. */
  | { type: 'answer'; answerId: string; actorId: string; mentionsOnly: boolean }
  | { type: 'comment'; commentId: string; actorId: string }
  | { type: 'answer.accepted'; answerId: string; actorId: string }
  | { type: 'answer.verified'; answerId: string; actorId: string }
  | {
      type: 'question.closed_as_duplicate';
      questionId: string;
      duplicateOfId: string;
      actorId: string;
    }
  /** Followers of an idea hear what its voters hear, under the same event key. */
  | {
      type: 'idea.status_changed';
      ideaId: string;
      actorId: string;
      payload: {
        ideaId: string;
        ideaTitle: string;
        statusChangeId: string;
        fromStatus: string;
        toStatus: string;
        message: string;
      };
    }
  | {
      type: 'idea.merged';
      ideaId: string;
      actorId: string;
      payload: { ideaId: string; ideaTitle: string; targetId: string; targetTitle: string };
    };

/** The job an event calls for, or null when it tells nobody. */
export function fanoutJobFor(event: QnaEvent): FanoutJob | null {
  switch (event.type) {
    case 'question.asked':
    case 'question.unhidden':
      return {
        type: 'question',
        questionId: event.questionId,
        actorId: event.authorId,
        mentionsOnly: false,
      };
    case 'question.edited':
      return {
        type: 'question',
        questionId: event.questionId,
        actorId: event.authorId,
        mentionsOnly: true,
      };
    case 'answer.posted':
    case 'answer.unhidden':
      return {
        type: 'answer',
        answerId: event.answerId,
        actorId: event.authorId,
        mentionsOnly: false,
      };
    case 'answer.edited':
      return {
        type: 'answer',
        answerId: event.answerId,
        actorId: event.authorId,
        mentionsOnly: true,
      };
    case 'comment.posted':
      return { type: 'comment', commentId: event.commentId, actorId: event.authorId };
    case 'answer.accepted':
      // Staff accepting on the asker's behalf verifies the answer: that event tells the author.
      return event.actorId === event.questionAuthorId
        ? { type: 'answer.accepted', answerId: event.answerId, actorId: event.actorId }
        : null;
    case 'answer.verified':
      return { type: 'answer.verified', answerId: event.answerId, actorId: event.actorId };
    case 'question.closed':
      return event.duplicateOfId
        ? {
            type: 'question.closed_as_duplicate',
            questionId: event.questionId,
            duplicateOfId: event.duplicateOfId,
            actorId: event.actorId,
          }
        : null;
    default:
      return null;
  }
}

/** The job an idea event calls for, or null when it tells nobody. */
export function ideaFanoutJobFor(event: IdeaEvent): FanoutJob | null {
  switch (event.type) {
    case 'idea.status_changed':
      return {
        type: 'idea.status_changed',
        ideaId: event.ideaId,
        actorId: event.actorId,
        payload: {
          ideaId: event.ideaId,
          ideaTitle: event.ideaTitle,
          statusChangeId: event.statusChangeId,
          fromStatus: event.fromStatus,
          toStatus: event.toStatus,
          message: event.message,
        },
      };
    case 'idea.merged':
      return {
        type: 'idea.merged',
        ideaId: event.ideaId,
        actorId: event.actorId,
        payload: {
          ideaId: event.ideaId,
          ideaTitle: event.ideaTitle,
          targetId: event.targetId,
          targetTitle: event.targetTitle,
        },
      };
    default:
      return null;
  }
}

type PostKey = 'questionId' | 'answerId' | 'commentId' | 'duplicateOfId';

/** The posts an event hides or deletes, as payload keys notifications name them by. */
export function postsRemovedBy(event: QnaEvent): Array<{ key: PostKey; id: string }> {
  switch (event.type) {
    case 'question.hidden':
    case 'question.deleted':
      return [
        { key: 'questionId', id: event.questionId },
        { key: 'duplicateOfId', id: event.questionId },
      ];
    case 'answer.hidden':
    case 'answer.deleted':
      return [{ key: 'answerId', id: event.answerId }];
    case 'comment.deleted':
      return [{ key: 'commentId', id: event.commentId }];
    default:
      return [];
  }
}
