import { Inbox } from '@forum/web/feature-support';

/** `/inbox`: the view lives in the URL's query string, which the feature reads itself. */
export function InboxPage() {
  return <Inbox />;
}
