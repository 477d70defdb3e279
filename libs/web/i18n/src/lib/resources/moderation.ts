import type { Language } from '../languages';
import type { Translations } from './en';
import { moderationDe } from './moderation.de';
import { moderationEn } from './moderation.en';

export type ModerationResources = Translations<typeof moderationEn>;

/**
 * The `moderation` namespace in every language; imported by the flag dialog and the review and
 * moderation settings pages only.
 */
export const moderationResources: Record<Language, ModerationResources> = {
  en: moderationEn,
  de: moderationDe,
};
