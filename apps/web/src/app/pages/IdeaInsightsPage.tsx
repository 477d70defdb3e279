import { InsightsDashboard } from '@forum/web/feature-ideas';

/** `/ideas/insights`, for product managers and admins; its charts load only here. */
export function IdeaInsightsPage() {
  return <InsightsDashboard />;
}
