// The e-mail settings, unsubscribe and Following pages, imported only by lazily loaded pages, so none of it
// reaches the first page's bundle.
export {
  NotificationPreferencesForm,
  type NotificationPreferencesFormProps,
} from './lib/preferences/NotificationPreferencesForm';
export { NotificationSettings } from './lib/preferences/NotificationSettings';
export { Unsubscribe, type UnsubscribeProps } from './lib/unsubscribe/Unsubscribe';
export { NotificationSettingsLink } from './lib/NotificationSettingsLink';
export { FollowingList } from './lib/following/FollowingList';
export { FollowSettingsForm } from './lib/following/FollowSettingsForm';
