import { Link } from 'react-router';
import { useNotificationsTranslation } from './useNotificationsTranslation';

/** The link to the e-mail settings, for the notifications and account settings pages. */
export function NotificationSettingsLink() {
  const { t } = useNotificationsTranslation();
  return <Link to="/settings/notifications">{t('settingsLink')}</Link>;
}
