import { addLazyResources, supportResources, toLanguage, useTranslation } from '@forum/web/i18n';

/**
 * `useTranslation('support')`, with the texts added to the instance first (they ship with the
 * inbox and the desk panel, not with the first page), plus the reader's language for dates.
 */
export function useSupportTranslation() {
  const { i18n } = useTranslation();
  addLazyResources(i18n, 'support', supportResources);
  const translation = useTranslation('support');
  return { ...translation, language: toLanguage(translation.i18n.language) };
}
