export const SUPPORTED_LANGUAGES = ['en', 'de'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

export const FALLBACK_LANGUAGE: Language = 'en';

/** Where the visitor's explicit choice is remembered between visits. */
export const LANGUAGE_STORAGE_KEY = 'forum.language';

export function isLanguage(value: unknown): value is Language {
  return SUPPORTED_LANGUAGES.includes(value as Language);
}

/** Maps any code i18next reports ("de-AT", "cimode", undefined) to a language we ship. */
export function toLanguage(code: string | undefined): Language {
  const base = code?.split('-')[0];
  return isLanguage(base) ? base : FALLBACK_LANGUAGE;
}
