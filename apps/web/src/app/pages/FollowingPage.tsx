import { FollowingList } from '@forum/web/feature-notifications';

/** `/following`. */
export function FollowingPage() {
  return <FollowingList />;
}
