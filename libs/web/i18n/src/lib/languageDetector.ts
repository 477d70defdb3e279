import type { LanguageDetectorModule } from 'i18next';
import { LANGUAGE_STORAGE_KEY, type Language } from './languages';

// i18next-browser-languagedetector does this and much more (cookies, query strings, subdomains)
// for 2.3 KB of gzipped JavaScript on every first page; the forum needs two sources.

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    // Blocked storage (privacy settings, sandboxed frames) throws on access.
    return undefined;
  }
}

/** Remembers an explicit choice for the next visit. Best effort: storage may be unavailable. */
export function rememberLanguage(language: Language): void {
  try {
    storage()?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Quota or privacy mode: the choice then lasts for this page only.
  }
}

/**
 * Candidates in order of preference: the visitor's stored choice, then the browser's languages.
 * i18next picks the first it ships ("de-AT" counts as "de") and falls back to English.
 */
export const languageDetector: LanguageDetectorModule = {
  type: 'languageDetector',
  detect() {
    const stored = storage()?.getItem(LANGUAGE_STORAGE_KEY);
    const browser =
      typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
    return [...(stored ? [stored] : []), ...browser];
  },
};
