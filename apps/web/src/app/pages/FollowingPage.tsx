import { FollowingList } from '@forum/web/feature-notifications/settings';

/** `/following`. */
export function FollowingPage() {
  return <FollowingList />;
}
