import { useLiveOrPoll, useQuery } from '@forum/web/data-access-graphql';
import { useViewer } from '@forum/web/data-access-session';
import { useTranslation } from '@forum/web/i18n';
import { useState } from 'react';
import { NavLink } from 'react-router';
import { UnreadNotificationCountQuery } from './UnreadNotificationCount';
import { UnreadNotificationCountChangedSubscription } from './UnreadNotificationCountChanged';
import './NotificationBell.css';

const context = { additionalTypenames: ['Notification'] };

/**
 * The header link to the notifications, with the unread count. It ships with the first page, so
 * it uses the always-loaded `common` texts only.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const [{ data }, refresh] = useQuery({
    query: UnreadNotificationCountQuery,
    pause: !viewer,
    requestPolicy: 'cache-and-network',
    context,
  });
  // The count the socket last announced, valid until the query answers anew (after marking read).
  const [announced, setAnnounced] = useState<{ count: number; over: typeof data } | null>(null);
  useLiveOrPoll({
    subscription: UnreadNotificationCountChangedSubscription,
    variables: {},
    pause: !viewer,
    onEvent: (event) => setAnnounced({ count: event.unreadNotificationCount, over: data }),
    onPoll: () => refresh({ requestPolicy: 'network-only' }),
  });
  if (!viewer) return null;
  const unread =
    (announced && announced.over === data ? announced.count : undefined) ??
    data?.unreadNotificationCount ??
    0;
  return (
    <NavLink
      to="/notifications"
      className="notification-bell"
      // A label on the badge itself is not read out (a plain span has no role to name), so the
      // link carries the whole sentence.
      aria-label={unread > 0 ? t('nav.notificationsUnread', { count: unread }) : undefined}
    >
      {t('nav.notifications')}
      {unread > 0 ? (
        <span className="notification-bell__count" aria-hidden="true">
          {unread}
        </span>
      ) : null}
    </NavLink>
  );
}
