import { createInstance, type i18n } from 'i18next';
import { languageDetector } from './languageDetector';
import { FALLBACK_LANGUAGE, SUPPORTED_LANGUAGES, toLanguage, type Language } from './languages';
import { NAMESPACES, resources } from './resources';

export interface CreateI18nOptions {
  /** Start in this language instead of detecting one (tests, server-side rendering). */
  language?: Language;
}

/**
 * Creates a ready i18next instance. Resources are bundled, so initialisation is synchronous and
 * the first render already has its texts. Without `language`, the visitor's stored choice wins,
 * then the browser's languages, then English.
 */
export function createI18n({ language }: CreateI18nOptions = {}): i18n {
  const instance = createInstance();
  if (!language) {
    instance.use(languageDetector);
  }

  instance.on('languageChanged', () => {
    if (typeof document !== 'undefined') {
      document.documentElement.lang = toLanguage(instance.resolvedLanguage ?? instance.language);
    }
  });

  void instance.init({
    resources,
    lng: language,
    fallbackLng: FALLBACK_LANGUAGE,
    supportedLngs: SUPPORTED_LANGUAGES,
    load: 'languageOnly',
    ns: NAMESPACES,
    defaultNS: 'common',
    initAsync: false,
    // React escapes rendered text already.
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });

  return instance;
}
