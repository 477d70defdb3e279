import { ModerationSettings } from '@forum/web/feature-moderation';

/** `/admin/moderation`. */
export function ModerationSettingsAdminPage() {
  return <ModerationSettings />;
}
