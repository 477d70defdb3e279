import { useQuery } from '@forum/web/data-access-graphql';
import { useViewer } from '@forum/web/data-access-session';
import { useTranslation } from '@forum/web/i18n';
import { useEffect } from 'react';
import { NavLink, useLocation } from 'react-router';
import { ExpertInboxCountsQuery } from '../graphql/Desk';
import { isDeskStaff } from '../utils/clock';

const context = { additionalTypenames: ['SupportCase'] };
const refreshEveryMs = 60_000;

/**
 * The header link to the inbox for experts, moderators and admins, with the number of questions
 * waiting in their areas; fetched again on navigation and every minute. It ships with the first
 * page, so it uses the always-loaded `common` texts only.
 */
export function InboxLink() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const staff = isDeskStaff(viewer?.role);
  const { pathname } = useLocation();
  const [{ data }, refresh] = useQuery({
    query: ExpertInboxCountsQuery,
    pause: !staff,
    requestPolicy: 'cache-and-network',
    context,
  });
  useEffect(() => {
    if (!staff) return undefined;
    refresh({ requestPolicy: 'network-only' });
    const timer = setInterval(() => refresh({ requestPolicy: 'network-only' }), refreshEveryMs);
    return () => clearInterval(timer);
  }, [staff, pathname, refresh]);
  if (!staff) return null;
  const waiting = data?.expertInboxCounts.myAreas ?? 0;
  return (
    <NavLink
      to="/inbox"
      className="notification-bell"
      aria-label={waiting > 0 ? t('nav.inboxWaiting', { count: waiting }) : undefined}
    >
      {t('nav.inbox')}
      {waiting > 0 ? (
        <span className="notification-bell__count" aria-hidden="true">
          {waiting}
        </span>
      ) : null}
    </NavLink>
  );
}
