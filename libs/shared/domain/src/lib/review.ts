/**
 * What members flag: a question, an answer, a comment on either, a person's profile, or an idea
 * on the board.
 */
export const FlagTargetKind = {
  Question: 'question',
  Answer: 'answer',
  Comment: 'comment',
  User: 'user',
  Idea: 'idea',
} as const;
export type FlagTargetKind = (typeof FlagTargetKind)[keyof typeof FlagTargetKind];
export const flagTargetKinds: readonly FlagTargetKind[] = Object.values(FlagTargetKind);

/** Why a member flags something; `other` needs a note. `needs_staff` also reaches experts. */
export const FlagReason = {
  Spam: 'spam',
  Offensive: 'offensive',
  OffTopic: 'off_topic',
  NeedsStaff: 'needs_staff',
  Other: 'other',
} as const;
export type FlagReason = (typeof FlagReason)[keyof typeof FlagReason];
export const flagReasons: readonly FlagReason[] = Object.values(FlagReason);

/** Why something is in the review queue. */
export const ReviewCause = {
  Flags: 'flags',
  FirstPost: 'first_post',
  SpamRule: 'spam_rule',
} as const;
export type ReviewCause = (typeof ReviewCause)[keyof typeof ReviewCause];
export const reviewCauses: readonly ReviewCause[] = Object.values(ReviewCause);

/** Where a review item stands: open until a reviewer approves or rejects what it is about. */
export const ReviewStatus = {
  Open: 'open',
  Approved: 'approved',
  Rejected: 'rejected',
} as const;
export type ReviewStatus = (typeof ReviewStatus)[keyof typeof ReviewStatus];
export const reviewStatuses: readonly ReviewStatus[] = Object.values(ReviewStatus);

/**
 * What a reviewer decides. `approve` makes a held or flagged post public again and dismisses the
 * flags; the others reject it: `hide` keeps it hidden, `delete` removes it, `suspend_author`
 * hides it and suspends whoever wrote it.
 */
export const ReviewAction = {
  Approve: 'approve',
  Hide: 'hide',
  Delete: 'delete',
  SuspendAuthor: 'suspend_author',
} as const;
export type ReviewAction = (typeof ReviewAction)[keyof typeof ReviewAction];
export const reviewActions: readonly ReviewAction[] = Object.values(ReviewAction);

/** The spam rules that hold a new account's post for review. */
export const SpamRule = {
  Links: 'links',
  RepeatedText: 'repeated_text',
  TypingSpeed: 'typing_speed',
} as const;
export type SpamRule = (typeof SpamRule)[keyof typeof SpamRule];

/** Limits every client and the API agree on. */
export const reviewLimits = {
  flagNoteMax: 500,
  resolutionReasonMax: 500,
  bulkResolveMax: 50,
  /** How long a claim keeps other reviewers off an item. */
  claimMinutes: 15,
} as const;

/** The bounds of each moderation setting (inclusive). */
export const moderationSettingBounds = {
  flagHideWeight: { min: 1, max: 100 },
  newAccountReputation: { min: 0, max: 100_000 },
  newAccountDays: { min: 0, max: 365 },
  maxLinks: { min: 1, max: 50 },
  repeatWindowDays: { min: 1, max: 90 },
  maxCharactersPerSecond: { min: 1, max: 1_000 },
} as const;
