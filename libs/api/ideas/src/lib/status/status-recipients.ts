import { IdeaStatus } from '@forum/shared/domain';

/** Shipping also tells the people who asked linked questions: what they asked for exists now. */
export function tellsAskers(status: IdeaStatus): boolean {
  return status === IdeaStatus.Shipped;
}

/** Everyone involved, each once, without the person who made the change. */
export function notificationCandidates(
  groups: ReadonlyArray<readonly string[]>,
  actorId: string,
): string[] {
  return [...new Set(groups.flat())].filter((id) => id !== actorId);
}
