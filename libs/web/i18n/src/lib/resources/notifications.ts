import type { Language } from '../languages';
import type { Translations } from './en';
import { notificationsDe } from './notifications.de';
import { notificationsEn } from './notifications.en';

export type NotificationsResources = Translations<typeof notificationsEn>;

/** The `notifications` namespace in every language; imported by the e-mail settings pages only. */
export const notificationsResources: Record<Language, NotificationsResources> = {
  en: notificationsEn,
  de: notificationsDe,
};
