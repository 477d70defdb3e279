import { isStaff, type Role } from '@forum/shared/domain';

/** Reputation from which a member's flag counts twice, and three times. */
export const flagWeightSteps = { double: 100, triple: 1_000 } as const;

/**
 * How much one flag counts towards hiding a post: 1 for a member, 2 from 100 reputation, 3 from
 * 1,000; a staff member's flag counts fully, so it alone reaches the hiding weight.
 */
export function flagWeight(
  flagger: { role: Role; reputation: number },
  hideWeight: number,
): number {
  if (isStaff(flagger.role)) return hideWeight;
  if (flagger.reputation >= flagWeightSteps.triple) return 3;
  if (flagger.reputation >= flagWeightSteps.double) return 2;
  return 1;
}
