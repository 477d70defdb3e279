import { describe, expect, it } from '@jest/globals';
import type { QnaEvent } from '@forum/api/qna';
import { ReputationAction } from '@forum/shared/domain';
import { ledgerSteps } from './reputation-rules.js';

const ids = {
  question: 'q-1',
  answer: 'a-1',
  product: 'p-1',
  author: 'u-author',
  voter: 'u-voter',
  asker: 'u-asker',
};

function vote(
  target: 'question' | 'answer',
  previous: -1 | 0 | 1,
  value: -1 | 0 | 1,
): QnaEvent & { type: 'vote.changed' } {
  return {
    type: 'vote.changed',
    target,
    postId: target === 'question' ? ids.question : ids.answer,
    questionId: ids.question,
    productId: ids.product,
    authorId: ids.author,
    voterId: ids.voter,
    previous,
    value,
  };
}

function applied(userId: string, reason: string, delta: number, answerId: string | null) {
  return {
    userId,
    delta,
    reason,
    action: ReputationAction.Applied,
    questionId: ids.question,
    answerId,
    productId: ids.product,
    actorId: ids.voter,
  };
}

describe('reputation rules', () => {
  it('gives a question author +5 for an upvote and -2 for a downvote', () => {
    expect(ledgerSteps(vote('question', 0, 1))).toEqual([
      { kind: 'record', changes: [applied(ids.author, 'question_upvote', 5, null)] },
    ]);
    expect(ledgerSteps(vote('question', 0, -1))).toEqual([
      { kind: 'record', changes: [applied(ids.author, 'question_downvote', -2, null)] },
    ]);
  });

  it('gives an answer author +10 for an upvote; a downvote costs the author 2 and the voter 1', () => {
    expect(ledgerSteps(vote('answer', 0, 1))).toEqual([
      { kind: 'record', changes: [applied(ids.author, 'answer_upvote', 10, ids.answer)] },
    ]);
    expect(ledgerSteps(vote('answer', 0, -1))).toEqual([
      {
        kind: 'record',
        changes: [
          applied(ids.author, 'answer_downvote', -2, ids.answer),
          applied(ids.voter, 'downvote_cast', -1, ids.answer),
        ],
      },
    ]);
  });

  it('withdraws what the voter caused on the post before applying a changed vote', () => {
    const withdrawal = {
      kind: 'reverse',
      scope: {
        questionId: ids.question,
        answerId: ids.answer,
        actorId: ids.voter,
        reasons: ['answer_upvote', 'answer_downvote', 'downvote_cast'],
      },
      action: ReputationAction.Withdrawn,
    };
    expect(ledgerSteps(vote('answer', 1, 0))).toEqual([withdrawal]);
    expect(ledgerSteps(vote('answer', 1, -1))).toEqual([
      withdrawal,
      {
        kind: 'record',
        changes: [
          applied(ids.author, 'answer_downvote', -2, ids.answer),
          applied(ids.voter, 'downvote_cast', -1, ids.answer),
        ],
      },
    ]);
    expect(ledgerSteps(vote('question', -1, 0))).toEqual([
      {
        kind: 'reverse',
        scope: {
          questionId: ids.question,
          answerId: null,
          actorId: ids.voter,
          reasons: ['question_upvote', 'question_downvote'],
        },
        action: ReputationAction.Withdrawn,
      },
    ]);
  });

  it('dates replayed history at the time it happened', () => {
    const at = new Date('2026-01-02T03:04:05Z');
    expect(ledgerSteps(vote('question', 0, 1), at)).toEqual([
      {
        kind: 'record',
        changes: [{ ...applied(ids.author, 'question_upvote', 5, null), createdAt: at }],
      },
    ]);
  });

  it('gives an accepted answer +15 to its author and +2 to whoever marked it', () => {
    const accepted: QnaEvent = {
      type: 'answer.accepted',
      answerId: ids.answer,
      questionId: ids.question,
      productId: ids.product,
      authorId: ids.author,
      actorId: ids.asker,
      questionAuthorId: ids.asker,
    };
    const base = {
      action: ReputationAction.Applied,
      questionId: ids.question,
      answerId: ids.answer,
      productId: ids.product,
      actorId: ids.asker,
    };
    expect(ledgerSteps(accepted)).toEqual([
      {
        kind: 'record',
        changes: [
          { ...base, userId: ids.author, reason: 'answer_accepted', delta: 15 },
          { ...base, userId: ids.asker, reason: 'solution_marked', delta: 2 },
        ],
      },
    ]);
  });

  it('gives nothing for accepting one’s own answer', () => {
    expect(
      ledgerSteps({
        type: 'answer.accepted',
        answerId: ids.answer,
        questionId: ids.question,
        productId: ids.product,
        authorId: ids.author,
        actorId: ids.author,
        questionAuthorId: ids.asker,
      }),
    ).toEqual([]);
  });

  it('withdraws an acceptance whoever withdraws it', () => {
    expect(
      ledgerSteps({
        type: 'answer.unaccepted',
        answerId: ids.answer,
        questionId: ids.question,
        authorId: ids.author,
        actorId: 'u-moderator',
        questionAuthorId: ids.asker,
      }),
    ).toEqual([
      {
        kind: 'reverse',
        scope: {
          questionId: ids.question,
          answerId: ids.answer,
          reasons: ['answer_accepted', 'solution_marked'],
        },
        action: ReputationAction.Withdrawn,
      },
    ]);
  });

  it('undoes what a deleted post earned and re-applies it on restore, the question apart from its answers', () => {
    const question = { questionId: ids.question, authorId: ids.asker };
    const answer = { ...question, answerId: ids.answer, authorId: ids.author };
    expect(ledgerSteps({ type: 'question.deleted', ...question })).toEqual([
      {
        kind: 'reverse',
        scope: { questionId: ids.question, answerId: null },
        action: ReputationAction.PostDeleted,
      },
    ]);
    expect(ledgerSteps({ type: 'answer.deleted', ...answer })).toEqual([
      {
        kind: 'reverse',
        scope: { questionId: ids.question, answerId: ids.answer },
        action: ReputationAction.PostDeleted,
      },
    ]);
    expect(ledgerSteps({ type: 'question.restored', ...question })).toEqual([
      { kind: 'restore', scope: { questionId: ids.question, answerId: null } },
    ]);
    expect(ledgerSteps({ type: 'answer.restored', ...answer })).toEqual([
      { kind: 'restore', scope: { questionId: ids.question, answerId: ids.answer } },
    ]);
  });

  it('leaves reputation alone for events that earn nothing', () => {
    const post = { questionId: ids.question, authorId: ids.asker };
    expect(ledgerSteps({ type: 'question.asked', ...post, draftId: null })).toEqual([]);
    expect(ledgerSteps({ type: 'question.edited', ...post })).toEqual([]);
    expect(
      ledgerSteps({ type: 'question.closed', ...post, actorId: ids.asker, duplicateOfId: null }),
    ).toEqual([]);
    expect(
      ledgerSteps({ type: 'answer.posted', ...post, answerId: ids.answer, authorId: ids.author }),
    ).toEqual([]);
    expect(ledgerSteps({ type: 'questions.retagged', questionIds: [ids.question] })).toEqual([]);
  });
});
