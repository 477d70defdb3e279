import type { Locale } from '@forum/web/data-access-graphql';
import { useLanguage } from '@forum/web/i18n';
import { useCallback } from 'react';
import { languageOf } from '../utils/locale';

/** Switches the pages to a person's saved language once they are signed in. */
export function useAccountLanguage() {
  const { language, setLanguage } = useLanguage();
  return useCallback(
    (locale: Locale | null | undefined) => {
      const preferred = languageOf(locale);
      if (preferred && preferred !== language) setLanguage(preferred);
    },
    [language, setLanguage],
  );
}
