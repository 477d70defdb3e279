import { describe, expect, it } from '@jest/globals';
import { figuresBy, figuresOf, firstSolvingRank, type ItemOutcome, ndcgAt10 } from './metrics.js';

const outcome = (id: string, ranked: string[], language = 'en'): ItemOutcome => ({
  id,
  path: 'search',
  language,
  kind: 'keywords',
  text: id,
  ranked,
  judgments: { solved: 2, related: 1 },
  latencyMs: 1,
});

describe('evaluation metrics', () => {
  it('ranks the first question that solves it, not a related one', () => {
    expect(firstSolvingRank(outcome('a', ['related', 'x', 'solved']))).toBe(3);
    expect(firstSolvingRank(outcome('b', ['related', 'x']))).toBe(0);
  });

  it('computes nDCG@10 with graded gains against the ideal order', () => {
    expect(ndcgAt10(outcome('a', ['solved', 'related']))).toBe(1);
    // DCG = 1 + 3 / log2(3); ideal = 3 + 1 / log2(3)
    const dcg = 1 + 3 / Math.log2(3);
    const ideal = 3 + 1 / Math.log2(3);
    expect(ndcgAt10(outcome('b', ['related', 'solved']))).toBeCloseTo(dcg / ideal, 10);
    expect(ndcgAt10(outcome('c', []))).toBe(0);
  });

  it('averages recall@5 and MRR over the items, and per group', () => {
    const outcomes = [
      outcome('first', ['solved']),
      outcome('sixth', ['1', '2', '3', '4', '5', 'solved'], 'de'),
      outcome('none', ['x'], 'de'),
      outcome('second', ['x', 'solved']),
    ];
    expect(figuresOf(outcomes)).toMatchObject({ count: 4, recallAt5: 0.5, mrr: 0.417 });
    expect(figuresBy(outcomes, (o) => o.language)).toMatchObject({
      de: { count: 2, recallAt5: 0, mrr: 0.083 },
      en: { count: 2, recallAt5: 1, mrr: 0.75 },
    });
  });
});
