export { I18nextProvider as I18nProvider, Trans, useTranslation } from 'react-i18next';
export { createI18n, type CreateI18nOptions } from './lib/createI18n';
export {
  FALLBACK_LANGUAGE,
  LANGUAGE_STORAGE_KEY,
  SUPPORTED_LANGUAGES,
  isLanguage,
  toLanguage,
  type Language,
} from './lib/languages';
export { addLazyResources } from './lib/addLazyResources';
export { resources, type Namespace } from './lib/resources';
export { qnaResources, type QnaResources } from './lib/resources/qna';
export { peopleResources, type PeopleResources } from './lib/resources/people';
export { ideasResources, type IdeasResources } from './lib/resources/ideas';
export { moderationResources, type ModerationResources } from './lib/resources/moderation';
export { followingResources, type FollowingResources } from './lib/resources/following';
export { supportResources, type SupportResources } from './lib/resources/support';
export { notificationsResources, type NotificationsResources } from './lib/resources/notifications';
export { solvedCheckResources, type SolvedCheckResources } from './lib/resources/solvedCheck';
export type { ForumResources } from './lib/resources/en';
export { createFormatters, useFormatters, type Formatters } from './lib/useFormatters';
export { useLanguage, type UseLanguageResult } from './lib/useLanguage';
