import { Settings } from '@forum/web/feature-account';

export function SettingsPage() {
  return <Settings />;
}
