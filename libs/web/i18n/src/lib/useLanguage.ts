import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { rememberLanguage } from './languageDetector';
import { SUPPORTED_LANGUAGES, toLanguage, type Language } from './languages';

export interface UseLanguageResult {
  /** The language the texts are shown in. */
  language: Language;
  /** Switches every text on the page and remembers the choice for the next visit. */
  setLanguage: (language: Language) => void;
  languages: readonly Language[];
}

export function useLanguage(): UseLanguageResult {
  const { i18n } = useTranslation();
  const setLanguage = useCallback(
    (language: Language) => {
      rememberLanguage(language);
      void i18n.changeLanguage(language);
    },
    [i18n],
  );
  return {
    language: toLanguage(i18n.resolvedLanguage ?? i18n.language),
    setLanguage,
    languages: SUPPORTED_LANGUAGES,
  };
}
