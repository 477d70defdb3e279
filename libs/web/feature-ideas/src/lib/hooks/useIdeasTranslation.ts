import { addLazyResources, ideasResources, useTranslation } from '@forum/web/i18n';

/**
 * `useTranslation('ideas')`, with the idea texts added to the instance first. They ship with the
 * idea pages rather than the first page, so the first idea component to render adds them.
 */
export function useIdeasTranslation() {
  const { i18n } = useTranslation();
  addLazyResources(i18n, 'ideas', ideasResources);
  return useTranslation('ideas');
}
