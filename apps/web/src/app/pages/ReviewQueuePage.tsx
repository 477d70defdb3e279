import { ReviewQueue } from '@forum/web/feature-moderation';

/** `/review`: the filters live in the URL's query string, which the feature reads itself. */
export function ReviewQueuePage() {
  return <ReviewQueue />;
}
