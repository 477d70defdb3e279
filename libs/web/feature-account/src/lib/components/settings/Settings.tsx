import { useTranslation } from '@forum/web/i18n';
import { SignedInOnly, type Viewer } from '@forum/web/data-access-session';
import { ErrorAlert } from '../ErrorAlert';
import { networkFailure } from '../../utils/forumError';
import { PageTitle } from '../PageTitle';
import { Link } from 'react-router';
import { SettingsSection } from './SettingsSection';
import { ApiTokensSection } from './ApiTokensSection';
import { DeleteAccountSection } from './DeleteAccountSection';
import { EmailSection } from './EmailSection';
import { PasswordSection } from './PasswordSection';
import { ProfileSection } from './ProfileSection';
import { SessionsSection } from './SessionsSection';
import './Settings.css';

/** The signed-in person's own settings; visitors are sent to sign in first. */
export function Settings() {
  return (
    <SignedInOnly returnTo="/settings" unreachable={<ErrorAlert error={networkFailure} />}>
      {(viewer) => <SettingsSections viewer={viewer} />}
    </SignedInOnly>
  );
}

function SettingsSections({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation('account');
  return (
    <div className="forum-settings">
      <PageTitle page={t('documentTitle.settings')} />
      <div className="forum-settings__intro">
        <h1 className="forum-settings__title">{t('settings.title')}</h1>
        <p>{t('settings.lead')}</p>
      </div>
      <ProfileSection viewer={viewer} />
      <EmailSection viewer={viewer} />
      <SettingsSection
        title={t('settings.notifications.title')}
        lead={t('settings.notifications.lead')}
      >
        <Link to="/settings/notifications">{t('settings.notifications.link')}</Link>
      </SettingsSection>
      {viewer.hasPassword ? <PasswordSection /> : null}
      <ApiTokensSection />
      <SessionsSection />
      <DeleteAccountSection hasPassword={viewer.hasPassword === true} />
    </div>
  );
}
