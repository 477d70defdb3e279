import { NotificationSettings } from '@forum/web/feature-notifications/settings';

/** `/settings/notifications`: e-mail per notification kind. */
export function NotificationSettingsPage() {
  return (
    <NotificationSettings>
      {/* Following automatically (FollowSettingsForm) is placed here. */}
    </NotificationSettings>
  );
}
