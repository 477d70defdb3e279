import { useMutation, useQuery } from '@forum/web/data-access-graphql';
import { useFormatters } from '@forum/web/i18n';
import { Alert, Button } from '@forum/web/ui';
import { Link } from 'react-router';
import { MarkNotificationsReadMutation } from '../../graphql/MarkNotificationsRead';
import { NotificationsQuery } from '../../graphql/Notifications';
import { useIdeaRoles } from '../../hooks/useIdeaRoles';
import { useIdeasTranslation } from '../../hooks/useIdeasTranslation';
import { IdeasPageTitle } from '../common/IdeasPageTitle';
import { notificationText } from './notificationText';
import '../common/ideas.css';

const context = { additionalTypenames: ['Notification'] };

/** `/notifications`: what happened to the ideas the person cares about. */
export function NotificationList() {
  const { t, i18n } = useIdeasTranslation();
  const { dateTime } = useFormatters();
  const { signedIn, loading } = useIdeaRoles();
  const [{ data, error }] = useQuery({
    query: NotificationsQuery,
    pause: !signedIn,
    context,
  });
  const [marking, markRead] = useMutation(MarkNotificationsReadMutation);
  if (!loading && !signedIn) return <p>{t('notifications.signIn')}</p>;
  const items = data?.notifications.edges.map(({ node }) => node) ?? [];
  // The mutation answers with a number, so the typename is what tells the cache to refetch this
  // list and the unread count in the header.
  const markAll = () => markRead({ input: {} }, context);
  return (
    <section className="ideas-page" aria-labelledby="notifications-title">
      <IdeasPageTitle page={t('documentTitle.notifications')} />
      <header className="ideas-page__header">
        <h1 id="notifications-title">{t('notifications.title')}</h1>
        {items.some((item) => !item.readAt) ? (
          <Button variant="secondary" busy={marking.fetching} onClick={markAll}>
            {t('notifications.markAllRead')}
          </Button>
        ) : null}
      </header>
      {error && !data ? <Alert tone="error">{t('failed')}</Alert> : null}
      {data && items.length === 0 ? <p>{t('notifications.empty')}</p> : null}
      <ul className="notifications-list">
        {items.map((item) => {
          const { text, link } = notificationText(t, item.payload, i18n.language, {
            count: item.count,
            actorName: item.actor?.displayName,
          });
          return (
            <li
              key={item.id}
              className={item.readAt ? undefined : 'notifications-list__item--unread'}
            >
              {item.readAt ? null : (
                <span className="forum-visually-hidden">{t('notifications.unread')}: </span>
              )}
              {link ? <Link to={link}>{text}</Link> : text}{' '}
              <small>{dateTime(item.createdAt)}</small>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
