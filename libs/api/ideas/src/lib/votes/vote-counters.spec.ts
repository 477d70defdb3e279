import { describe, expect, it } from '@jest/globals';
import { counterDeltas, voteShare } from './vote-counters.js';

const vote = {
  ideaId: 'idea',
  organisationId: 'acme',
  plan: 'pro' as const,
  importance: 'important' as const,
  // Late in the evening west of UTC: the bucket is the UTC day.
  createdAt: new Date('2026-03-09T23:30:00-05:00'),
};

describe('voteShare', () => {
  it('counts a vote on its UTC day, under its plan, importance and organisation', () => {
    expect(voteShare(vote)).toEqual({
      ideaId: 'idea',
      day: '2026-03-10',
      plan: 'pro',
      importance: 'important',
      organisationId: 'acme',
    });
  });

  it('files votes without a plan or importance under `none` and `unspecified`', () => {
    expect(voteShare({ ...vote, plan: null, importance: null, organisationId: null })).toEqual({
      ideaId: 'idea',
      day: '2026-03-10',
      plan: 'none',
      importance: 'unspecified',
      organisationId: null,
    });
  });
});

describe('counterDeltas', () => {
  it('adds the share of a cast vote', () => {
    expect(counterDeltas({ kind: 'cast', vote })).toEqual([{ share: voteShare(vote), sign: 1 }]);
  });

  it('removes the share of a withdrawn vote from the day it was cast', () => {
    expect(counterDeltas({ kind: 'withdraw', vote })).toEqual([
      { share: voteShare(vote), sign: -1 },
    ]);
  });

  it('moves a vote with a new importance from one tally to the other, day and organisation kept', () => {
    const [out, into] = counterDeltas({ kind: 'change', vote, importance: 'critical' });
    expect(out).toEqual({ share: voteShare(vote), sign: -1 });
    expect(into).toEqual({
      share: { ...voteShare(vote), importance: 'critical' },
      sign: 1,
    });
  });

  it('leaves the counters alone when the importance stays (a new reason only)', () => {
    expect(counterDeltas({ kind: 'change', vote, importance: 'important' })).toEqual([]);
    expect(
      counterDeltas({ kind: 'change', vote: { ...vote, importance: null }, importance: null }),
    ).toEqual([]);
  });

  it('nets to nothing over a cast and its withdrawal', () => {
    const deltas = [
      ...counterDeltas({ kind: 'cast', vote }),
      ...counterDeltas({ kind: 'withdraw', vote }),
    ];
    expect(deltas.reduce((sum, delta) => sum + delta.sign, 0)).toBe(0);
  });
});
