import { badgeCatalog } from '@forum/shared/domain';
import type { IdeaStatus } from '@forum/web/data-access-graphql';
import type { TFunction } from 'i18next';

const badgeTiers = ['bronze', 'silver', 'gold'] as const;

/** The sentence and link for a notification, from its kind and JSON payload. */
export function notificationText(
  t: TFunction<'ideas'>,
  kind: string,
  payload: string,
  language: string,
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
  if (kind === 'badge.awarded') {
    const badge = badgeCatalog.find((candidate) => candidate.key === data['badge']);
    const tier = badgeTiers.find((candidate) => candidate === data['tier']);
    return {
      text: t('notifications.badgeAwarded', {
        badge: badge ? badge.name[language.startsWith('de') ? 'de' : 'en'] : data['badge'],
        tier: tier ? t(`notifications.tiers.${tier}`) : data['tier'],
      }),
      // The post that earned it, else the badge among all badges.
      link: data['ideaId']
        ? `/ideas/${data['ideaId']}`
        : data['questionId']
          ? `/questions/${data['questionId']}`
          : `/badges#badge-${data['badge'] ?? ''}`,
    };
  }
  return { text: t('notifications.other'), link: null };
}
