import { PrivilegesAdmin } from '@forum/web/feature-account';

export function PrivilegesAdminPage() {
  return <PrivilegesAdmin />;
}
