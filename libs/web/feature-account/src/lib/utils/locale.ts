import type { Locale } from '@forum/web/data-access-graphql';
import type { Language } from '@forum/web/i18n';

const localeOfLanguage: Record<Language, Locale> = { en: 'EN', de: 'DE' };

/** The API's name for a UI language. */
export function localeOf(language: Language): Locale {
  return localeOfLanguage[language];
}

/** The UI language of an API locale, or undefined when there is none. */
export function languageOf(locale: Locale | null | undefined): Language | undefined {
  const match = Object.entries(localeOfLanguage).find(([, value]) => value === locale);
  return match?.[0] as Language | undefined;
}
