/** Who a suggestion is for the desk: staff, or a trusted member shown apart. */
export type RoutingAudience = 'expert' | 'community';

/** One answer of the history the ranking reads. */
export interface RankedAnswer {
  answerId: string;
  authorId: string;
  questionId: string;
  productId: string;
  tagIds: readonly string[];
  accepted: boolean;
  score: number;
  createdAt: Date;
}

export interface RankInput {
  /** The question being routed. */
  question: { id: string; authorId: string; productId: string; tagIds: readonly string[] };
  /** Questions the search index finds similar to it. */
  similarQuestionIds: readonly string[];
  /** Answers on the similar questions and in the product; the same answer may appear twice. */
  answers: readonly RankedAnswer[];
  /** Who may be suggested, and as what; everyone else (the away, members below trust) is left out. */
  candidates: ReadonlyMap<string, RoutingAudience>;
  /** Experts covering the question's product or tags: a new one still appears. */
  coveringExpertIds: readonly string[];
  now: Date;
  /** Suggestions per audience. */
  limit?: number;
}

export interface RankedPerson {
  userId: string;
  audience: RoutingAudience;
  /** 1 for the best of the audience. */
  rank: number;
  score: number;
  /** Similar questions where their answer is the accepted one. */
  solvedSimilar: number;
  /** Questions of the product they answered. */
  answeredInArea: number;
}

export const routingWeights = {
  accepted: 3,
  upvoted: 1,
  similar: 1,
  productAndTag: 0.6,
  productOnly: 0.3,
  /** An answer's weight halves every this many days. */
  halfLifeDays: 90,
  /** What covering the question's area is worth without any history. */
  coveringBase: 0.1,
} as const;

const dayMs = 24 * 60 * 60 * 1000;

/** How much an answer's question resembles the routed one: 0 when not at all. */
function similarityOf(
  answer: RankedAnswer,
  question: RankInput['question'],
  similar: ReadonlySet<string>,
): number {
  if (similar.has(answer.questionId)) return routingWeights.similar;
  if (answer.productId !== question.productId) return 0;
  return answer.tagIds.some((tag) => question.tagIds.includes(tag))
    ? routingWeights.productAndTag
    : routingWeights.productOnly;
}

/**
 * Ranks the people who solved questions like this one: each answer counts for being accepted and
 * for being upvoted, weighted by how similar its question is and halved every 90 days of age.
 * The asker is never suggested. Experts and community members are ranked apart; equal scores
 * order by user id, so the result never depends on the order of the history.
 */
export function rankExperts(input: RankInput): RankedPerson[] {
  const similar = new Set(input.similarQuestionIds);
  similar.delete(input.question.id);
  const seen = new Set<string>();
  const people = new Map<
    string,
    { score: number; solvedSimilar: Set<string>; answeredInArea: Set<string> }
  >();
  const personOf = (userId: string) => {
    let person = people.get(userId);
    if (!person) {
      person = { score: 0, solvedSimilar: new Set(), answeredInArea: new Set() };
      people.set(userId, person);
    }
    return person;
  };

  for (const answer of input.answers) {
    if (seen.has(answer.answerId)) continue;
    seen.add(answer.answerId);
    if (answer.questionId === input.question.id) continue;
    if (answer.authorId === input.question.authorId) continue;
    if (!input.candidates.has(answer.authorId)) continue;
    const weight = similarityOf(answer, input.question, similar);
    if (weight === 0) continue;
    const person = personOf(answer.authorId);
    const points =
      (answer.accepted ? routingWeights.accepted : 0) +
      (answer.score > 0 ? routingWeights.upvoted : 0);
    const ageDays = Math.max(0, (input.now.getTime() - answer.createdAt.getTime()) / dayMs);
    person.score += points * weight * 0.5 ** (ageDays / routingWeights.halfLifeDays);
    if (answer.accepted && similar.has(answer.questionId)) {
      person.solvedSimilar.add(answer.questionId);
    }
    if (answer.productId === input.question.productId) {
      person.answeredInArea.add(answer.questionId);
    }
  }
  for (const expertId of new Set(input.coveringExpertIds)) {
    if (expertId === input.question.authorId) continue;
    if (input.candidates.get(expertId) !== 'expert') continue;
    personOf(expertId).score += routingWeights.coveringBase;
  }

  const ranked = [...people.entries()]
    .flatMap(([userId, person]) => {
      const audience = input.candidates.get(userId);
      if (!audience || person.score <= 0) return [];
      return [
        {
          userId,
          audience,
          score: person.score,
          solvedSimilar: person.solvedSimilar.size,
          answeredInArea: person.answeredInArea.size,
        },
      ];
    })
    .sort((a, b) => b.score - a.score || (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0));
  const limit = input.limit ?? 3;
  return (['expert', 'community'] as const).flatMap((audience) =>
    ranked
      .filter((person) => person.audience === audience)
      .slice(0, limit)
      .map((person, index) => ({ ...person, rank: index + 1 })),
  );
}
