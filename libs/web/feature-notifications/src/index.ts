// The header's link to the notifications, with the unread count; on every page, so this library
// stays tiny. The notifications page itself loads lazily with the ideas feature, and the e-mail
// settings pages with `@forum/web/feature-notifications/settings`.
export { NotificationBell } from './lib/NotificationBell';
// The Following page and the auto-follow switches; only lazily loaded pages import them.
export { FollowingList } from './lib/following/FollowingList';
export { FollowSettingsForm } from './lib/following/FollowSettingsForm';
