import { de } from './de';
import { en } from './en';
import type { peopleEn } from './people.en';
import type { ideasEn } from './ideas.en';
import type { moderationEn } from './moderation.en';
import type { followingEn } from './following.en';
import type { notificationsEn } from './notifications.en';
import type { qnaEn } from './qna.en';
import type { solvedCheckEn } from './solvedCheck.en';
import type { supportEn } from './support.en';

export const resources = { en, de } as const;

/** Namespaces bundled with the first page. */
export const NAMESPACES = ['common', 'home', 'account', 'admin'] as const;

/**
 * Namespaces that load with the pages that use them, added to the instance by those pages
 * (`addLazyResources`), so their texts stay out of the first page.
 */
export const LAZY_NAMESPACES = [
  'qna',
  'people',
  'ideas',
  'moderation',
  'notifications',
  'following',
  'solvedCheck',
  'support',
] as const;
export type Namespace = (typeof NAMESPACES)[number] | (typeof LAZY_NAMESPACES)[number];

// Typed keys: `t('home:status.title')` is checked against the English resources at compile time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: typeof en & {
      qna: typeof qnaEn;
      people: typeof peopleEn;
      ideas: typeof ideasEn;
      moderation: typeof moderationEn;
      notifications: typeof notificationsEn;
      following: typeof followingEn;
      solvedCheck: typeof solvedCheckEn;
      support: typeof supportEn;
    };
  }
}
