import { ExpertSettings } from '@forum/web/feature-account';

export function ExpertSettingsPage() {
  return <ExpertSettings />;
}
