import { CommunityHome } from '@forum/web/feature-home';

export function HomePage() {
  return <CommunityHome />;
}
