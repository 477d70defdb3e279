import { SupportPoliciesAdmin } from '@forum/web/feature-account';

export function SupportPoliciesAdminPage() {
  return <SupportPoliciesAdmin />;
}
