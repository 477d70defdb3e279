import type { Language } from '../languages';
import type { Translations } from './en';
import { supportDe } from './support.de';
import { supportEn } from './support.en';

export type SupportResources = Translations<typeof supportEn>;

/** The `support` namespace in every language; imported by the inbox and the desk panel only. */
export const supportResources: Record<Language, SupportResources> = {
  en: supportEn,
  de: supportDe,
};
