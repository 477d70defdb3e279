import { OrganisationsAdmin } from '@forum/web/feature-account';

export function OrganisationsAdminPage() {
  return <OrganisationsAdmin />;
}
