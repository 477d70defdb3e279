import type { Grade } from './evaluation-set.js';

/** One query or duplicate pair run through one search path. */
export interface ItemOutcome {
  id: string;
  path: EvalPath;
  language: string;
  kind: string;
  text: string;
  /** Question keys as the path returned them, best first (unknown hits as `?`). */
  ranked: string[];
  judgments: Record<string, Grade>;
  latencyMs: number;
}

export type EvalPath = 'search' | 'similarQuestions' | 'askForm';

export interface Figures {
  count: number;
  /** Share of items with a "solves it" question among the first five. */
  recallAt5: number;
  /** Mean of 1 / rank of the first "solves it" question (0 when none of the returned). */
  mrr: number;
  /** Graded gains 2^grade - 1 over the first ten, against the ideal order. */
  ndcgAt10: number;
}

export function firstSolvingRank(outcome: Pick<ItemOutcome, 'ranked' | 'judgments'>): number {
  const index = outcome.ranked.findIndex((key) => outcome.judgments[key] === 2);
  return index < 0 ? 0 : index + 1;
}

export function ndcgAt10(outcome: Pick<ItemOutcome, 'ranked' | 'judgments'>): number {
  const gain = (grade: number | undefined) => 2 ** (grade ?? 0) - 1;
  const dcg = (grades: Array<number | undefined>) =>
    grades.slice(0, 10).reduce<number>((sum, grade, i) => sum + gain(grade) / Math.log2(i + 2), 0);
  const ideal = dcg(Object.values(outcome.judgments).sort((a, b) => b - a));
  return ideal === 0 ? 0 : dcg(outcome.ranked.map((key) => outcome.judgments[key])) / ideal;
}

export function figuresOf(outcomes: ItemOutcome[]): Figures {
  const count = outcomes.length;
  if (count === 0) return { count, recallAt5: 0, mrr: 0, ndcgAt10: 0 };
  const mean = (value: (outcome: ItemOutcome) => number) =>
    round(outcomes.reduce((sum, outcome) => sum + value(outcome), 0) / count);
  return {
    count,
    recallAt5: mean((o) => {
      const rank = firstSolvingRank(o);
      return rank > 0 && rank <= 5 ? 1 : 0;
    }),
    mrr: mean((o) => {
      const rank = firstSolvingRank(o);
      return rank > 0 ? 1 / rank : 0;
    }),
    ndcgAt10: mean(ndcgAt10),
  };
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/** Figures per group of a key (language, kind), keys in alphabetical order. */
export function figuresBy(
  outcomes: ItemOutcome[],
  key: (outcome: ItemOutcome) => string,
): Record<string, Figures> {
  const groups = new Map<string, ItemOutcome[]>();
  for (const outcome of outcomes) {
    const group = key(outcome);
    groups.set(group, [...(groups.get(group) ?? []), outcome]);
  }
  return Object.fromEntries(
    [...groups.keys()].sort().map((group) => [group, figuresOf(groups.get(group)!)]),
  );
}

/** Latency quantile in milliseconds. */
export function quantile(values: number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!);
}
