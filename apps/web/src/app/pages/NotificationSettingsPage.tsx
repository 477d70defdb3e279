import {
  FollowSettingsForm,
  NotificationSettings,
} from '@forum/web/feature-notifications/settings';

/** `/settings/notifications`: e-mail per notification kind, and what is followed automatically. */
export function NotificationSettingsPage() {
  return (
    <NotificationSettings>
      <FollowSettingsForm />
    </NotificationSettings>
  );
}
