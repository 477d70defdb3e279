import { NotificationList } from '@forum/web/feature-ideas';

/** `/notifications`. */
export function NotificationsPage() {
  return <NotificationList />;
}
