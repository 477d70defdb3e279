import { BadgeCatalog } from '@forum/web/feature-people';

/** `/badges`. */
export function BadgesPage() {
  return <BadgeCatalog />;
}
