import { TagsAdmin } from '@forum/web/feature-account';

export function TagsAdminPage() {
  return <TagsAdmin />;
}
