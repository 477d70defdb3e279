import { describe, expect, it } from '@jest/globals';
import type { IdeaSearchSource } from '@forum/api/ideas';
import type { QuestionSearchSource } from '@forum/api/qna';
import {
  digestOf,
  documentLimits,
  helpfulnessOf,
  toIdeaDocument,
  toQuestionDocument,
} from './post-documents.mapper.js';

const question: QuestionSearchSource = {
  id: '6f1c2a4e-0000-4000-8000-000000000001',
  title: 'Export to Excel fails',
  body: 'The **export** stops:\n\n```\nE_TIMEOUT\n```',
  state: 'solved',
  score: 4,
  answerCount: 3,
  language: 'de',
  createdAt: new Date('2026-01-02T03:04:05.000Z'),
  lastActivityAt: new Date('2026-01-03T00:00:00.000Z'),
  productId: '6f1c2a4e-0000-4000-8000-0000000000aa',
  tags: ['excel', 'export'],
  solved: true,
  acceptedAnswer: 'Raise the [timeout](https://example.com) in *Settings*.',
  otherAnswers: ['Try a smaller range.', '- split it\n- retry'],
  answeredByStaff: true,
  acceptedByStaff: false,
  confirmations: 4,
};

const idea: IdeaSearchSource = {
  id: '6f1c2a4e-0000-4000-8000-000000000002',
  title: 'Dark mode',
  description: 'A **dark** theme for the _whole_ app.',
  status: 'planned',
  voteCount: 12,
  productId: '6f1c2a4e-0000-4000-8000-0000000000bb',
  createdAt: new Date('2026-01-02T00:00:00.000Z'),
  statusChangedAt: new Date('2026-02-01T00:00:00.000Z'),
};

describe('toQuestionDocument', () => {
  it('turns a question with its answers into a plain-text document with a digest', () => {
    expect(toQuestionDocument(question)).toEqual({
      id: question.id,
      type: 'question',
      title: 'Export to Excel fails',
      body: 'The export stops:\nE_TIMEOUT',
      acceptedAnswer: 'Raise the timeout in Settings.',
      answers: ['Try a smaller range.', 'split it\nretry'],
      tags: ['excel', 'export'],
      product: question.productId,
      state: 'solved',
      solved: true,
      score: 4,
      answerCount: 3,
      answeredByStaff: true,
      helpfulness: 2,
      language: 'de',
      createdAt: Date.parse('2026-01-02T03:04:05.000Z'),
      lastActivityAt: Date.parse('2026-01-03T00:00:00.000Z'),
      digest: 'l-ixA-FCzu8yvM3Xt-afJX',
    });
  });

  it('leaves the accepted answer empty when none is accepted and bounds long text', () => {
    const document = toQuestionDocument({
      ...question,
      body: 'word '.repeat(5_000),
      acceptedAnswer: null,
      otherAnswers: ['long '.repeat(2_000)],
    });
    expect(document.acceptedAnswer).toBe('');
    expect(document.body.length).toBeLessThanOrEqual(documentLimits.bodyChars);
    expect(document.answers[0]?.length).toBeLessThanOrEqual(documentLimits.answerChars);
  });
});

describe('helpfulnessOf', () => {
  it('ranks unsolved questions last and counts staff backing and confirmations of a solution', () => {
    const rank = (solved: boolean, acceptedByStaff: boolean, confirmations: number) =>
      helpfulnessOf({ solved, acceptedByStaff, confirmations });
    expect(rank(false, true, 10)).toBe(0);
    expect(rank(true, false, 2)).toBe(1);
    expect(rank(true, true, 0)).toBe(2);
    expect(rank(true, false, 3)).toBe(2);
    expect(rank(true, true, 3)).toBe(3);
  });
});

describe('toIdeaDocument', () => {
  it('turns an idea into a document: status as state, votes as score, English', () => {
    expect(toIdeaDocument(idea)).toEqual({
      id: idea.id,
      type: 'idea',
      title: 'Dark mode',
      body: 'A dark theme for the whole app.',
      acceptedAnswer: '',
      answers: [],
      tags: [],
      product: idea.productId,
      state: 'planned',
      solved: false,
      score: 12,
      answerCount: 0,
      answeredByStaff: false,
      helpfulness: 0,
      language: 'en',
      createdAt: Date.parse('2026-01-02T00:00:00.000Z'),
      lastActivityAt: Date.parse('2026-02-01T00:00:00.000Z'),
      digest: 'S6_NZp_Ld2FAqjRhrEUPlc',
    });
  });

  it('counts the creation as the latest activity when the status never changed since', () => {
    const document = toIdeaDocument({
      ...idea,
      statusChangedAt: new Date('2026-01-01T00:00:00.000Z'),
    });
    expect(document.lastActivityAt).toBe(Date.parse('2026-01-02T00:00:00.000Z'));
  });
});

describe('digestOf', () => {
  it('changes with any field, so a changed vote count or answer makes a document stale', () => {
    const { digest, ...content } = toIdeaDocument(idea);
    expect(digestOf(content)).toBe(digest);
    expect(digestOf({ ...content, score: 13 })).not.toBe(digest);
  });
});
