import { IdeaRoadmap } from '@forum/web/feature-ideas';

/** `/ideas/roadmap`. */
export function IdeaRoadmapPage() {
  return <IdeaRoadmap />;
}
