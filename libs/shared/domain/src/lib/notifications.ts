/**
 * What a notification reports, stored in `notification.kind`. Each kind has its own payload
 * shape, which the API exposes as one member of the `NotificationPayload` union.
 */
export const NotificationKind = {
  /** A new answer on a question the person follows. */
  AnswerPosted: 'answer.posted',
  /** A new comment on a question (or one of its answers) the person follows. */
  CommentPosted: 'comment.posted',
  /** The person's answer was accepted as the solution. */
  AnswerAccepted: 'answer.accepted',
  /** Staff verified the person's answer. */
  AnswerVerified: 'answer.verified',
  /** The person's question was closed as a duplicate of another. */
  QuestionClosedAsDuplicate: 'question.closed_as_duplicate',
  /** Someone @mentioned the person in a question, answer or comment. */
  Mentioned: 'mention',
  /** A new question in a tag or product the person follows (opt-in, typically experts). */
  QuestionInFollowedArea: 'question.in_followed_area',
  IdeaStatusChanged: 'idea.status_changed',
  IdeaMerged: 'idea.merged',
  BadgeAwarded: 'badge.awarded',
  FlagResolved: 'flag.resolved',
  /** The person's answered question has no accepted answer yet: is it solved? */
  QuestionSolvedCheck: 'question.solved_check',
  /** Nobody claimed a question in time; the top suggested expert is asked to take it. */
  QuestionRouted: 'question.routed',
  /** Staff assigned a question in the support inbox to the person. */
  QuestionAssigned: 'question.assigned',
  /** A question in the person's area waits too long for a first response. */
  QuestionEscalated: 'question.escalated',
} as const;
export type NotificationKind = (typeof NotificationKind)[keyof typeof NotificationKind];
export const notificationKinds: readonly NotificationKind[] = Object.values(NotificationKind);

/** How often a kind of notification is e-mailed; in-app notifications are always kept. */
export const EmailCadence = {
  Immediately: 'immediately',
  Daily: 'daily',
  Weekly: 'weekly',
  Never: 'never',
} as const;
export type EmailCadence = (typeof EmailCadence)[keyof typeof EmailCadence];
export const emailCadences: readonly EmailCadence[] = Object.values(EmailCadence);

/**
 * What a person gets until they choose otherwise: what concerns their own posts arrives at once,
 * activity around them in the daily digest, new questions in followed areas not at all (experts
 * switch that on).
 */
export const defaultEmailCadence: Readonly<Record<NotificationKind, EmailCadence>> = {
  [NotificationKind.AnswerPosted]: EmailCadence.Immediately,
  [NotificationKind.CommentPosted]: EmailCadence.Daily,
  [NotificationKind.AnswerAccepted]: EmailCadence.Immediately,
  [NotificationKind.AnswerVerified]: EmailCadence.Immediately,
  [NotificationKind.QuestionClosedAsDuplicate]: EmailCadence.Immediately,
  [NotificationKind.Mentioned]: EmailCadence.Immediately,
  [NotificationKind.QuestionInFollowedArea]: EmailCadence.Never,
  [NotificationKind.IdeaStatusChanged]: EmailCadence.Immediately,
  [NotificationKind.IdeaMerged]: EmailCadence.Daily,
  [NotificationKind.BadgeAwarded]: EmailCadence.Weekly,
  [NotificationKind.FlagResolved]: EmailCadence.Never,
  [NotificationKind.QuestionSolvedCheck]: EmailCadence.Immediately,
  [NotificationKind.QuestionRouted]: EmailCadence.Immediately,
  [NotificationKind.QuestionAssigned]: EmailCadence.Immediately,
  [NotificationKind.QuestionEscalated]: EmailCadence.Immediately,
};

/**
 * Kinds whose domain sends its own e-mail with the notification (links only it can sign), in
 * the cadence of the kind; the generic notification mail skips them, so one event is one mail.
 */
export const selfMailedNotificationKinds: readonly NotificationKind[] = [
  NotificationKind.QuestionSolvedCheck,
];

/** What a person can follow (watch). */
export const FollowTarget = {
  Question: 'question',
  Idea: 'idea',
  Tag: 'tag',
  Product: 'product',
} as const;
export type FollowTarget = (typeof FollowTarget)[keyof typeof FollowTarget];
export const followTargets: readonly FollowTarget[] = Object.values(FollowTarget);

/** What an unsubscribe link switches off: one kind's e-mail, or one digest. */
export const DigestUnsubscribeScope = {
  Daily: 'digest.daily',
  Weekly: 'digest.weekly',
} as const;
export type DigestUnsubscribeScope =
  (typeof DigestUnsubscribeScope)[keyof typeof DigestUnsubscribeScope];
export type UnsubscribeScope = NotificationKind | DigestUnsubscribeScope;
