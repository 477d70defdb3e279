import { AuditLogAdmin } from '@forum/web/feature-account';

/** `/admin/audit`: the filters live in the URL's query string, which the feature reads itself. */
export function AuditLogAdminPage() {
  return <AuditLogAdmin />;
}
