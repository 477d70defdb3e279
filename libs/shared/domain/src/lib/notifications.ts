/**
 * What a notification reports, stored in `notification.kind`. Each kind has its own payload
 * shape, which the API exposes as one member of the `NotificationPayload` union.
 */
export const NotificationKind = {
  IdeaStatusChanged: 'idea.status_changed',
  IdeaMerged: 'idea.merged',
  BadgeAwarded: 'badge.awarded',
  FlagResolved: 'flag.resolved',
} as const;
export type NotificationKind = (typeof NotificationKind)[keyof typeof NotificationKind];
