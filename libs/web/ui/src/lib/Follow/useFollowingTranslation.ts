import { addLazyResources, followingResources, useTranslation } from '@forum/web/i18n';

/** The following texts, added on first use: they ship with the pages that follow. */
export function useFollowingTranslation() {
  const { i18n } = useTranslation();
  addLazyResources(i18n, 'following', followingResources);
  return useTranslation('following');
}
