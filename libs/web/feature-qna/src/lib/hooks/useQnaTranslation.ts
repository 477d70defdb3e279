import { addLazyResources, qnaResources, useTranslation } from '@forum/web/i18n';

/**
 * `useTranslation('qna')`, with the Q&A texts added to the instance first. They ship with the
 * Q&A pages rather than the first page, so the first Q&A component to render adds them.
 */
export function useQnaTranslation() {
  const { i18n } = useTranslation();
  addLazyResources(i18n, 'qna', qnaResources);
  return useTranslation('qna');
}
