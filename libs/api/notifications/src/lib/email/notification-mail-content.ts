import type { NotificationMailData } from '@forum/api/mail';
import { NotificationKind } from '@forum/shared/domain';

type Stored = Record<string, unknown>;

const text = (stored: Stored, ...keys: string[]): string | null => {
  for (const key of keys) {
    const value = stored[key];
    if (typeof value === 'string' && value.length > 0) return value;
  }
  return null;
};

/** The stored parts of a notification its mail needs. */
export interface NotificationRow {
  userId: string;
  kind: string;
  payload: Stored;
  count: number;
  actorName: string | null;
}

export type NotificationMailContent = Omit<
  NotificationMailData,
  'displayName' | 'unsubscribeLink' | 'preferencesLink'
>;

const ideaStatusLabels: Record<'en' | 'de', Record<string, string>> = {
  en: {
    under_review: 'under review',
    planned: 'planned',
    in_progress: 'in progress',
    shipped: 'shipped',
    declined: 'declined',
  },
  de: {
    under_review: 'in Prüfung',
    planned: 'geplant',
    in_progress: 'in Arbeit',
    shipped: 'umgesetzt',
    declined: 'abgelehnt',
  },
};

/** The path on the web app a notification leads to; answers get their anchor on the question page. */
export function notificationPath(
  row: Pick<NotificationRow, 'kind' | 'payload' | 'userId'>,
): string {
  const { kind, payload } = row;
  const questionId = text(payload, 'questionId');
  const answerId = text(payload, 'answerId');
  switch (kind) {
    case NotificationKind.IdeaStatusChanged:
      return `/ideas/${text(payload, 'ideaId') ?? ''}`;
    case NotificationKind.IdeaMerged:
      return `/ideas/${text(payload, 'targetId', 'ideaId') ?? ''}`;
    case NotificationKind.BadgeAwarded:
      return `/users/${row.userId}`;
    case NotificationKind.QuestionClosedAsDuplicate:
      return questionId ? `/questions/${questionId}` : '/';
    case NotificationKind.QuestionSolvedCheck: {
      const token = text(payload, 'token');
      if (!token) return questionId ? `/questions/${questionId}` : '/';
      return `/solved?${new URLSearchParams({ token }).toString()}`;
    }
    default:
      if (!questionId) return text(payload, 'ideaId') ? `/ideas/${text(payload, 'ideaId')}` : '/';
      return `/questions/${questionId}${answerId ? `#answer-${answerId}` : ''}`;
  }
}

/** What the mail of one notification says, read from its row when the mail is sent. */
export function notificationMailContent(
  row: NotificationRow,
  locale: 'en' | 'de',
  webOrigin: string,
): NotificationMailContent {
  const { kind, payload } = row;
  const status = text(payload, 'toStatus');
  const detail =
    kind === NotificationKind.IdeaStatusChanged && status
      ? (ideaStatusLabels[locale][status] ?? status)
      : kind === NotificationKind.BadgeAwarded
        ? text(payload, 'badgeName', 'badge')
        : kind === NotificationKind.QuestionRouted
          ? text(payload, 'areaName')
          : kind === NotificationKind.QuestionEscalated
            ? text(payload, 'step')
            : null;
  return {
    kind,
    actorName: row.actorName,
    count: row.count,
    title: text(payload, 'questionTitle', 'ideaTitle', 'title'),
    targetTitle: text(payload, 'targetTitle', 'duplicateOfTitle'),
    detail,
    quote: kind === NotificationKind.IdeaStatusChanged ? text(payload, 'message') : null,
    onYourQuestion: payload['onYourQuestion'] === true,
    link: new URL(notificationPath(row), webOrigin).toString(),
  };
}
