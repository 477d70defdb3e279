import { addLazyResources, peopleResources, toLanguage, useTranslation } from '@forum/web/i18n';

/**
 * `useTranslation('people')`, with the texts added to the instance first (they ship with these
 * pages, not with the first page), plus the reader's language for texts the API sends in both.
 */
export function usePeopleTranslation() {
  const { i18n } = useTranslation();
  addLazyResources(i18n, 'people', peopleResources);
  const translation = useTranslation('people');
  return { ...translation, language: toLanguage(translation.i18n.language) };
}
