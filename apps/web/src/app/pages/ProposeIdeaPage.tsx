import { ProposeIdea } from '@forum/web/feature-ideas';

/** `/ideas/new`. */
export function ProposeIdeaPage() {
  return <ProposeIdea />;
}
