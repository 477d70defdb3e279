import {
  type RankedAnswer,
  rankExperts,
  type RankInput,
  type RoutingAudience,
} from './rank-experts.js';

const now = new Date('2026-12-01T12:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
const question = { id: 'q-new', authorId: 'asker', productId: 'billing', tagIds: ['invoices'] };

let answerCount = 0;
function answer(overrides: Partial<RankedAnswer>): RankedAnswer {
  answerCount += 1;
  return {
    answerId: `a${answerCount}`,
    authorId: 'anna',
    questionId: `q${answerCount}`,
    productId: 'billing',
    tagIds: [],
    accepted: false,
    score: 0,
    createdAt: now,
    ...overrides,
  };
}

function rank(overrides: Partial<RankInput>) {
  const candidates = new Map<string, RoutingAudience>([
    ['anna', 'expert'],
    ['bert', 'expert'],
    ['carl', 'expert'],
    ['dora', 'expert'],
    ['asker', 'expert'],
    ['tom', 'community'],
    ['emma', 'community'],
  ]);
  return rankExperts({
    question,
    similarQuestionIds: [],
    answers: [],
    candidates,
    coveringExpertIds: [],
    now,
    ...overrides,
  });
}

describe('rankExperts', () => {
  it('counts an accepted answer three times an upvoted one, and ignores unhelpful answers', () => {
    const ranked = rank({
      similarQuestionIds: ['s1', 's2', 's3'],
      answers: [
        answer({ authorId: 'anna', questionId: 's1', accepted: true }),
        answer({ authorId: 'bert', questionId: 's2', score: 4 }),
        answer({ authorId: 'carl', questionId: 's3', score: 0 }),
      ],
    });
    expect(ranked.map(({ userId, score, rank }) => ({ userId, score, rank }))).toEqual([
      { userId: 'anna', score: 3, rank: 1 },
      { userId: 'bert', score: 1, rank: 2 },
    ]);
    expect(ranked[0]).toMatchObject({ solvedSimilar: 1, answeredInArea: 1 });
  });

  it('weighs similar questions over same product and tag over same product only', () => {
    const ranked = rank({
      similarQuestionIds: ['s1'],
      answers: [
        answer({ authorId: 'anna', questionId: 'p1', accepted: true }),
        answer({ authorId: 'bert', questionId: 't1', accepted: true, tagIds: ['invoices'] }),
        answer({ authorId: 'carl', questionId: 's1', accepted: true, productId: 'other' }),
        answer({ authorId: 'dora', questionId: 'x1', accepted: true, productId: 'other' }),
      ],
    });
    expect(ranked.map(({ userId, score }) => [userId, score])).toEqual([
      ['carl', 3],
      ['bert', 3 * 0.6],
      ['anna', 3 * 0.3],
    ]);
    expect(ranked[0]).toMatchObject({ solvedSimilar: 1, answeredInArea: 0 });
  });

  it('halves an answer’s weight every 90 days', () => {
    const ranked = rank({
      similarQuestionIds: ['s1', 's2'],
      answers: [
        answer({ authorId: 'anna', questionId: 's1', accepted: true, createdAt: daysAgo(180) }),
        answer({ authorId: 'bert', questionId: 's2', accepted: true, createdAt: daysAgo(90) }),
      ],
    });
    expect(ranked.map(({ userId }) => userId)).toEqual(['bert', 'anna']);
    expect(ranked.map(({ score }) => score)).toEqual([
      expect.closeTo(1.5, 10),
      expect.closeTo(0.75, 10),
    ]);
  });

  it('never suggests the asker, nor people who are no candidates', () => {
    const ranked = rank({
      similarQuestionIds: ['s1'],
      answers: [
        answer({ authorId: 'asker', questionId: 's1', accepted: true }),
        answer({ authorId: 'away', questionId: 's1', accepted: true }),
        answer({ authorId: 'anna', questionId: 's1', score: 1 }),
      ],
      coveringExpertIds: ['asker'],
    });
    expect(ranked.map(({ userId }) => userId)).toEqual(['anna']);
  });

  it('orders equal scores by id whatever the order of the history, and counts an answer once', () => {
    const answers = [
      answer({ authorId: 'carl', questionId: 's1', accepted: true }),
      answer({ authorId: 'bert', questionId: 's2', accepted: true }),
      answer({ authorId: 'anna', questionId: 's3', accepted: true }),
    ];
    const forward = rank({ similarQuestionIds: ['s1', 's2', 's3'], answers });
    const backward = rank({
      similarQuestionIds: ['s1', 's2', 's3'],
      answers: [...answers].reverse().concat(answers),
    });
    expect(forward.map(({ userId }) => userId)).toEqual(['anna', 'bert', 'carl']);
    expect(backward).toEqual(forward);
    expect(forward.every(({ score }) => score === 3)).toBe(true);
  });

  it('ranks trusted members apart, three of each, and gives covering experts a base score', () => {
    const ranked = rank({
      similarQuestionIds: ['s1'],
      answers: [
        answer({ authorId: 'tom', questionId: 's1', accepted: true }),
        answer({ authorId: 'emma', questionId: 'p1', score: 2 }),
        answer({ authorId: 'anna', questionId: 'p2', score: 2 }),
        answer({ authorId: 'bert', questionId: 'p3', score: 2 }),
        answer({ authorId: 'carl', questionId: 'p4', score: 2 }),
      ],
      coveringExpertIds: ['dora', 'tom'],
    });
    expect(ranked.map(({ userId, audience, rank }) => [userId, audience, rank])).toEqual([
      ['anna', 'expert', 1],
      ['bert', 'expert', 2],
      ['carl', 'expert', 3],
      ['tom', 'community', 1],
      ['emma', 'community', 2],
    ]);
    const alone = rank({ coveringExpertIds: ['dora'] });
    expect(alone).toEqual([
      {
        userId: 'dora',
        audience: 'expert',
        rank: 1,
        score: 0.1,
        solvedSimilar: 0,
        answeredInArea: 0,
      },
    ]);
  });

  it('leaves out answers on the routed question itself', () => {
    const ranked = rank({
      similarQuestionIds: ['q-new'],
      answers: [answer({ authorId: 'anna', questionId: 'q-new', accepted: true })],
    });
    expect(ranked).toEqual([]);
  });
});
