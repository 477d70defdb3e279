import { addLazyResources, notificationsResources, useTranslation } from '@forum/web/i18n';

/**
 * `useTranslation('notifications')`, with the texts added to the instance first: they ship with
 * the e-mail settings pages, not with the first page.
 */
export function useNotificationsTranslation() {
  const { i18n } = useTranslation();
  addLazyResources(i18n, 'notifications', notificationsResources);
  return useTranslation('notifications');
}

/** i18next separates keys with dots, so `answer.posted` is looked up as `answer_posted`. */
export const kindKey = (kind: string) => kind.replace(/\./g, '_');
