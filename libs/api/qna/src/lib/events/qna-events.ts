import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

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
  | ({ type: 'question.closed' | 'question.reopened' } & PostRef)
  | ({ type: 'answer.posted' | 'answer.edited' | 'answer.deleted' | 'answer.restored' } & AnswerRef)
  | ({
      type: 'answer.accepted' | 'answer.unaccepted';
      /** Who marked or withdrew the solution. */
      actorId: string;
      questionAuthorId: string;
    } & AnswerRef)
  | {
      type: 'vote.changed';
      target: 'question' | 'answer';
      postId: string;
      questionId: string;
      /** The post's author, who gains or loses reputation. */
      authorId: string;
      voterId: string;
      previous: -1 | 0 | 1;
      value: -1 | 0 | 1;
    }
  /** Tags renamed or merged: these questions now carry different tag slugs. */
  | { type: 'questions.retagged'; questionIds: string[] };

export type QnaEventType = QnaEvent['type'];
export type QnaEventListener = (manager: EntityManager, event: QnaEvent) => Promise<void>;

@Injectable()
export class QnaEvents {
  private readonly listeners: QnaEventListener[] = [];

  /** Registers a listener; call it from a provider's constructor or `onModuleInit`. */
  subscribe(listener: QnaEventListener): void {
    this.listeners.push(listener);
  }

  /** Runs every listener in the caller's transaction; a failing listener rolls the change back. */
  async publish(manager: EntityManager, event: QnaEvent): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('QnaEvents.publish needs an EntityManager inside a transaction');
    }
    for (const listener of this.listeners) await listener(manager, event);
  }
}
