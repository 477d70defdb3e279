import { describe, expect, it } from '@jest/globals';
import type { AuthorFacts, QnaEvent } from '@forum/api/qna';
import { IdeaStatus, Role } from '@forum/shared/domain';
import {
  badgeCandidates,
  earnedBadges,
  makesIdeaChampion,
  productSpecialists,
} from './badge-rules.js';

const none: AuthorFacts = {
  firstAnswer: null,
  acceptedAnswers: [],
  answerUpvotes: 0,
  topAnswer: null,
  staffVerifiedAnswer: null,
  topQuestion: null,
};

const answer = (n: number) => ({ questionId: `q-${n}`, answerId: `a-${n}` });

describe('badge criteria', () => {
  it('awards nothing to a member without posts, and Company Expert to an expert', () => {
    expect(earnedBadges('u-1', Role.Member, none)).toEqual([]);
    expect(earnedBadges('u-1', Role.Moderator, none)).toEqual([]);
    expect(earnedBadges('u-1', Role.Expert, none)).toEqual([
      { userId: 'u-1', badge: 'company_expert', tier: 'gold' },
    ]);
  });

  it('links First Answer and Verified by Staff to the answer that earned them', () => {
    expect(
      earnedBadges('u-1', Role.Member, {
        ...none,
        firstAnswer: answer(1),
        staffVerifiedAnswer: answer(2),
      }),
    ).toEqual([
      { userId: 'u-1', badge: 'first_answer', tier: 'bronze', ...answer(1) },
      { userId: 'u-1', badge: 'verified_by_staff', tier: 'silver', ...answer(2) },
    ]);
  });

  it('awards Solution Author per tier reached, linked to the n-th accepted answer', () => {
    const accepted = Array.from({ length: 10 }, (_, i) => answer(i + 1));
    expect(earnedBadges('u-1', Role.Member, { ...none, acceptedAnswers: accepted })).toEqual([
      { userId: 'u-1', badge: 'solution_author', tier: 'bronze', ...answer(1) },
      { userId: 'u-1', badge: 'solution_author', tier: 'silver', ...answer(10) },
    ]);
    expect(
      earnedBadges('u-1', Role.Member, { ...none, acceptedAnswers: accepted.slice(0, 9) }),
    ).toEqual([{ userId: 'u-1', badge: 'solution_author', tier: 'bronze', ...answer(1) }]);
  });

  it('counts upvotes for Helpful (all answers) and Good Question (the best question)', () => {
    expect(
      earnedBadges('u-1', Role.Member, { ...none, answerUpvotes: 9, topAnswer: answer(3) }),
    ).toEqual([]);
    expect(
      earnedBadges('u-1', Role.Member, { ...none, answerUpvotes: 50, topAnswer: answer(3) }),
    ).toEqual([
      { userId: 'u-1', badge: 'helpful', tier: 'bronze', ...answer(3) },
      { userId: 'u-1', badge: 'helpful', tier: 'silver', ...answer(3) },
    ]);
    const topQuestion = { questionId: 'q-9', answerId: null, upvotes: 5 };
    expect(earnedBadges('u-1', Role.Member, { ...none, topQuestion })).toEqual([
      { userId: 'u-1', badge: 'good_question', tier: 'bronze', questionId: 'q-9', answerId: null },
    ]);
    expect(
      earnedBadges('u-1', Role.Member, { ...none, topQuestion: { ...topQuestion, upvotes: 4 } }),
    ).toEqual([]);
  });

  it('makes the top three community members of each product its specialists', () => {
    const candidates = [
      { productId: 'p-1', userId: 'u-staff', points: 90 },
      { productId: 'p-1', userId: 'u-1', points: 80 },
      { productId: 'p-1', userId: 'u-2', points: 70 },
      { productId: 'p-1', userId: 'u-3', points: 60 },
      { productId: 'p-1', userId: 'u-4', points: 50 },
      { productId: 'p-2', userId: 'u-4', points: 40 },
    ];
    const community = new Set(['u-1', 'u-2', 'u-3', 'u-4']);
    const specialist = (userId: string, productId: string) => ({
      userId,
      badge: 'product_specialist',
      tier: 'gold',
      productId,
    });
    expect(productSpecialists(candidates, community)).toEqual([
      specialist('u-1', 'p-1'),
      specialist('u-2', 'p-1'),
      specialist('u-3', 'p-1'),
      specialist('u-4', 'p-2'),
    ]);
    expect(productSpecialists([], community)).toEqual([]);
  });

  it('makes an idea’s author Idea Champion from planned on, even when planned was skipped', () => {
    expect(makesIdeaChampion(IdeaStatus.Planned)).toBe(true);
    expect(makesIdeaChampion(IdeaStatus.InProgress)).toBe(true);
    expect(makesIdeaChampion(IdeaStatus.Shipped)).toBe(true);
    expect(makesIdeaChampion(IdeaStatus.UnderReview)).toBe(false);
    expect(makesIdeaChampion(IdeaStatus.Declined)).toBe(false);
  });

  it('re-evaluates the badges of the people an event may have earned one for', () => {
    const post = { questionId: 'q-1', authorId: 'u-author' };
    const vote = (value: -1 | 0 | 1): QnaEvent => ({
      type: 'vote.changed',
      target: 'answer',
      postId: 'a-1',
      questionId: 'q-1',
      productId: 'p-1',
      authorId: 'u-author',
      voterId: 'u-voter',
      previous: 0,
      value,
    });
    expect(badgeCandidates({ type: 'answer.posted', ...post, answerId: 'a-1' })).toEqual([
      'u-author',
    ]);
    expect(badgeCandidates({ type: 'question.restored', ...post })).toEqual(['u-author']);
    expect(badgeCandidates({ type: 'question.unhidden', ...post })).toEqual(['u-author']);
    expect(badgeCandidates({ type: 'answer.unhidden', ...post, answerId: 'a-1' })).toEqual([
      'u-author',
    ]);
    expect(badgeCandidates({ type: 'answer.hidden', ...post, answerId: 'a-1' })).toEqual([]);
    expect(
      badgeCandidates({
        type: 'answer.accepted',
        ...post,
        answerId: 'a-1',
        productId: 'p-1',
        actorId: 'u-asker',
        questionAuthorId: 'u-asker',
      }),
    ).toEqual(['u-author']);
    expect(badgeCandidates(vote(1))).toEqual(['u-author']);
    expect(badgeCandidates(vote(-1))).toEqual([]);
    expect(badgeCandidates({ type: 'question.deleted', ...post })).toEqual([]);
  });
});
