import { PeopleAdmin } from '@forum/web/feature-account';

export function PeopleAdminPage() {
  return <PeopleAdmin />;
}
