import { useMutation, useQuery } from '@forum/web/data-access-graphql';
import { Button } from '@forum/web/ui';
import {
  BadgeNotificationsQuery,
  MarkBadgeAwardsSeenMutation,
} from '../graphql/BadgeNotifications';
import { usePeopleTranslation } from '../hooks/usePeopleTranslation';

/** On one's own profile: how many badges are new, and a way to mark them seen. */
export function BadgeNotifications() {
  const { t } = usePeopleTranslation();
  const [{ data }, refetch] = useQuery({ query: BadgeNotificationsQuery });
  const [{ fetching }, markSeen] = useMutation(MarkBadgeAwardsSeenMutation);
  const unseen = data?.badgeNotifications.unseenCount ?? 0;
  if (unseen === 0) return null;
  return (
    <p role="status" className="forum-profile__new-badges">
      {t('profile.newBadges', { count: unseen })}{' '}
      <Button
        variant="secondary"
        busy={fetching}
        onClick={async () => {
          await markSeen({ input: {} });
          refetch({ requestPolicy: 'network-only' });
        }}
      >
        {t('profile.seenAll')}
      </Button>
    </p>
  );
}
