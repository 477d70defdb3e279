import { Unsubscribe } from '@forum/web/feature-notifications/settings';
import { useSearchParams } from 'react-router';

/** `/unsubscribe?token=…`, the unsubscribe link in notification and digest e-mails. */
export function UnsubscribePage() {
  const [params] = useSearchParams();
  const token = params.get('token');
  return <Unsubscribe key={token} token={token} />;
}
