import { addLazyResources, solvedCheckResources, useTranslation } from '@forum/web/i18n';

/** `useTranslation('solvedCheck')`, with the texts added first: they ship with this page only. */
export function useSolvedCheckTranslation() {
  const { i18n } = useTranslation();
  addLazyResources(i18n, 'solvedCheck', solvedCheckResources);
  return useTranslation('solvedCheck');
}
