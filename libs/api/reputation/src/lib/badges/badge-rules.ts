import type { AuthorFacts, PostLink, QnaEvent } from '@forum/api/qna';
import {
  badgeDefinition,
  BadgeKey,
  BadgeTier,
  IdeaStatus,
  productSpecialistRule,
  Role,
} from '@forum/shared/domain';
import type { BadgeAwardEntity } from './badge-award.entity.js';

export type NewAward = Pick<BadgeAwardEntity, 'userId' | 'badge' | 'tier'> &
  Partial<Pick<BadgeAwardEntity, 'questionId' | 'answerId' | 'productId' | 'ideaId'>>;

/** Every tier of `key` whose threshold `count` reaches, each linked to the post `linkFor` picks. */
function reached(
  userId: string,
  key: BadgeKey,
  count: number,
  linkFor: (threshold: number) => PostLink | null,
): NewAward[] {
  return badgeDefinition(key)
    .levels.filter((level) => count >= level.threshold)
    .map((level) => ({ userId, badge: key, tier: level.tier, ...linkFor(level.threshold) }));
}

/** The badges a person's role and posts have reached (Product Specialist and Idea Champion aside). */
export function earnedBadges(userId: string, role: Role, facts: AuthorFacts): NewAward[] {
  return [
    ...(role === Role.Expert
      ? [{ userId, badge: BadgeKey.CompanyExpert, tier: BadgeTier.Gold }]
      : []),
    ...reached(userId, BadgeKey.FirstAnswer, facts.firstAnswer ? 1 : 0, () => facts.firstAnswer),
    ...reached(
      userId,
      BadgeKey.SolutionAuthor,
      facts.acceptedAnswers.length,
      (threshold) => facts.acceptedAnswers[threshold - 1] ?? null,
    ),
    ...reached(userId, BadgeKey.Helpful, facts.answerUpvotes, () => facts.topAnswer),
    ...reached(
      userId,
      BadgeKey.GoodQuestion,
      facts.topQuestion?.upvotes ?? 0,
      () => facts.topQuestion && { questionId: facts.topQuestion.questionId, answerId: null },
    ),
    ...reached(
      userId,
      BadgeKey.VerifiedByStaff,
      facts.staffVerifiedAnswer ? 1 : 0,
      () => facts.staffVerifiedAnswer,
    ),
  ];
}

/** Someone's answer reputation in a product over the Product Specialist period. */
export interface SpecialistCandidate {
  productId: string;
  userId: string;
  points: number;
}

/**
 * Product Specialist: per product, the top community members among `candidates` (already at
 * the minimum points and ordered by product, then points, best first). Staff never count.
 */
export function productSpecialists(
  candidates: readonly SpecialistCandidate[],
  community: ReadonlySet<string>,
): NewAward[] {
  const winners: NewAward[] = [];
  const perProduct = new Map<string, number>();
  for (const candidate of candidates) {
    const rank = perProduct.get(candidate.productId) ?? 0;
    if (!community.has(candidate.userId) || rank >= productSpecialistRule.top) continue;
    perProduct.set(candidate.productId, rank + 1);
    winners.push({
      userId: candidate.userId,
      badge: BadgeKey.ProductSpecialist,
      tier: BadgeTier.Gold,
      productId: candidate.productId,
    });
  }
  return winners;
}

/** Whose badges may have changed after an event. Hidden posts earn none; shown again, they count. */
export function badgeCandidates(event: QnaEvent): string[] {
  switch (event.type) {
    case 'answer.posted':
    case 'answer.restored':
    case 'question.restored':
    case 'answer.unhidden':
    case 'question.unhidden':
    case 'answer.accepted':
      return [event.authorId];
    case 'vote.changed':
      return event.value === 1 ? [event.authorId] : [];
    default:
      return [];
  }
}

/** Statuses that mean an idea made it: planned, or further along when "planned" was skipped. */
const championStatuses: ReadonlySet<IdeaStatus> = new Set([
  IdeaStatus.Planned,
  IdeaStatus.InProgress,
  IdeaStatus.Shipped,
]);

/** Idea Champion: an idea of the author's reached one of the champion statuses. */
export function makesIdeaChampion(toStatus: IdeaStatus): boolean {
  return championStatuses.has(toStatus);
}
