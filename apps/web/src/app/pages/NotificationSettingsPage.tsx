import { NotificationSettings } from '@forum/web/feature-notifications';

/** `/settings/notifications`: e-mail per notification kind. */
export function NotificationSettingsPage() {
  return (
    <NotificationSettings>
      {/* Following automatically (FollowSettingsForm) is placed here. */}
    </NotificationSettings>
  );
}
