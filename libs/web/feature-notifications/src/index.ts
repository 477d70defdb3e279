// The header's link to the notifications, with the unread count; on every page, so this library
// stays tiny. The notifications page itself loads lazily with the ideas feature.
export { NotificationBell } from './lib/NotificationBell';
// The e-mail settings and unsubscribe pages; imported only by their lazily loaded pages.
export {
  NotificationPreferencesForm,
  type NotificationPreferencesFormProps,
} from './lib/preferences/NotificationPreferencesForm';
export { NotificationSettings } from './lib/preferences/NotificationSettings';
export { Unsubscribe, type UnsubscribeProps } from './lib/unsubscribe/Unsubscribe';
export { NotificationSettingsLink } from './lib/NotificationSettingsLink';
