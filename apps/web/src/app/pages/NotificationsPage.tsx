import { NotificationList } from '@forum/web/feature-ideas';
import { NotificationSettingsLink } from '@forum/web/feature-notifications/settings';

/** `/notifications`. */
export function NotificationsPage() {
  return (
    <>
      <NotificationList />
      <p className="forum-notifications__settings-link">
        <NotificationSettingsLink />
      </p>
    </>
  );
}
