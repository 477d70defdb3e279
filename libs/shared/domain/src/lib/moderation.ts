/**
 * Why a question or answer is hidden. A hidden post stays visible to staff and to its author, who
 * sees the reason; everyone else, search included, sees nothing of it.
 */
export const PostHiddenReason = {
  /** Enough members flagged it; it waits for a moderator. */
  Flagged: 'flagged',
  /** A spam rule held it before anyone saw it; it waits for a moderator. */
  AwaitingReview: 'awaiting_review',
  /** A moderator hid it. */
  Moderator: 'moderator',
} as const;
export type PostHiddenReason = (typeof PostHiddenReason)[keyof typeof PostHiddenReason];

export const postHiddenReasons: readonly PostHiddenReason[] = Object.values(PostHiddenReason);

/** Limits the API and every client agree on. */
export const moderationLimits = {
  /** The note shown to the author with a hidden post. */
  hiddenNoteMax: 1000,
} as const;
