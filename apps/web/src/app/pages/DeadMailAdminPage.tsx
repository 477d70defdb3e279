import { DeadMailAdmin } from '@forum/web/feature-account';

/** `/admin/mail`: mail given up after its retry window, for admins to resend. */
export function DeadMailAdminPage() {
  return <DeadMailAdmin />;
}
