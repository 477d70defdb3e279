import { IdeaBoard } from '@forum/web/feature-ideas';

/** `/ideas?sort=trending&status=planned&product=<id>`. */
export function IdeaBoardPage() {
  return <IdeaBoard />;
}
