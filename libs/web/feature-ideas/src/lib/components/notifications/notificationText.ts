import type { IdeaStatus } from '@forum/web/data-access-graphql';
import type { TFunction } from 'i18next';

/** The sentence and link for a notification, from its kind and JSON payload. */
export function notificationText(
  t: TFunction<'ideas'>,
  kind: string,
  payload: string,
): { text: string; link: string | null } {
  let data: Record<string, string> = {};
  try {
    data = JSON.parse(payload) as Record<string, string>;
  } catch {
    // An unreadable payload still shows as "something changed".
  }
  if (kind === 'idea.status_changed') {
    const status = (data['toStatus'] ?? '').toUpperCase() as IdeaStatus;
    return {
      text: t('notifications.statusChanged', {
        title: data['ideaTitle'],
        status: t(`status.${status}`),
      }),
      link: data['ideaId'] ? `/ideas/${data['ideaId']}` : null,
    };
  }
  if (kind === 'idea.merged') {
    return {
      text: t('notifications.merged', { title: data['ideaTitle'], target: data['targetTitle'] }),
      link: data['targetId'] ? `/ideas/${data['targetId']}` : null,
    };
  }
  return { text: t('notifications.other'), link: null };
}
