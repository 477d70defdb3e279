// The header's link to the notifications, with the unread count; on every page, so this library
// stays tiny. The notifications page itself loads lazily with the ideas feature, and the e-mail
// settings and Following pages with `@forum/web/feature-notifications/settings`.
export { NotificationBell } from './lib/NotificationBell';
