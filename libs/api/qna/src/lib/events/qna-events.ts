import { Injectable } from '@nestjs/common';
import { TransactionalEventBus } from '@forum/api/platform';

/** Who wrote a post and where it lives; carried by every event about a post. */
interface PostRef {
  questionId: string;
  authorId: string;
}

interface AnswerRef extends PostRef {
  answerId: string;
}

/**
 * What happened to questions and answers, published inside the transaction that made the change.
 * Listeners (search indexing, reputation) do their part in that same transaction, so the follow-up
 * exists exactly when the change does.
 */
export type QnaEvent =
  | ({
      type: 'question.asked';
      /** The ask-form session the question came from, when the client sent one. */
      draftId: string | null;
    } & PostRef)
  | ({ type: 'question.edited' | 'question.deleted' | 'question.restored' } & PostRef)
  | ({
      type: 'question.closed';
      /** Who closed it. */
      actorId: string;
      /** The original, when it was closed as a duplicate of another question. */
      duplicateOfId: string | null;
    } & PostRef)
  | ({ type: 'question.reopened' } & PostRef)
  /** Hidden posts leave search and public pages; unhidden ones come back. */
  | ({ type: 'question.hidden' | 'question.unhidden' } & PostRef)
  | ({ type: 'answer.posted' | 'answer.edited' | 'answer.deleted' | 'answer.restored' } & AnswerRef)
  | ({ type: 'answer.hidden' | 'answer.unhidden' } & AnswerRef)
  /** Someone said "worked for me too", or took it back. */
  | ({ type: 'answer.confirmed' | 'answer.unconfirmed' } & AnswerRef)
  | {
      type: 'comment.posted';
      commentId: string;
      questionId: string;
      answerId: string | null;
      authorId: string;
    }
  | ({
      type: 'answer.accepted';
      /** Who marked the solution. */
      actorId: string;
      questionAuthorId: string;
      /** The question's product, which reputation copies onto the ledger. */
      productId: string;
    } & AnswerRef)
  /** Staff (not the answer's author) marked the answer as the solution. */
  | ({
      type: 'answer.verified';
      /** The expert, moderator or admin who verified it. */
      actorId: string;
    } & AnswerRef)
  | ({
      type: 'answer.unaccepted';
      /** Who withdrew the solution. */
      actorId: string;
      questionAuthorId: string;
    } & AnswerRef)
  | {
      type: 'comment.deleted';
      commentId: string;
      questionId: string;
      answerId: string | null;
      authorId: string;
    }
  | {
      type: 'vote.changed';
      target: 'question' | 'answer';
      postId: string;
      questionId: string;
      /** The question's product, which reputation copies onto the ledger. */
      productId: string;
      /** The post's author, who gains or loses reputation. */
      authorId: string;
      voterId: string;
      previous: -1 | 0 | 1;
      value: -1 | 0 | 1;
    }
  /** Tags renamed or merged: these questions now carry different tag slugs. */
  | { type: 'questions.retagged'; questionIds: string[] };

export type QnaEventType = QnaEvent['type'];
/** The questions-and-answers events; other domains subscribe with their place in the order. */
@Injectable()
export class QnaEvents extends TransactionalEventBus<QnaEvent> {}
