import { Leaderboard } from '@forum/web/feature-people';

/** `/leaderboard`. */
export function LeaderboardPage() {
  return <Leaderboard />;
}
