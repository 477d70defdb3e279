import { useMutation } from '@forum/web/data-access-graphql';
import { useTranslation } from '@forum/web/i18n';
import { Alert, Button, StatusPill } from '@forum/web/ui';
import type { Viewer } from '@forum/web/data-access-session';
import { ResendVerificationEmailMutation } from '../../graphql/ResendVerificationEmail';
import { toForumError } from '../../utils/forumError';
import { ErrorAlert } from '../ErrorAlert';
import { SettingsSection } from './SettingsSection';

export interface EmailSectionProps {
  viewer: Viewer;
}

/** The address, read-only, whether it is confirmed, and a new confirmation link if not. */
export function EmailSection({ viewer }: EmailSectionProps) {
  const { t } = useTranslation('account');
  const [{ data, fetching, error }, resend] = useMutation(ResendVerificationEmailMutation);
  const verified = viewer.emailVerified === true;

  return (
    <SettingsSection title={t('settings.email.title')}>
      <p className="forum-settings__email">
        <span data-testid="settings-email">{viewer.email}</span>
        <StatusPill
          status={verified ? 'up' : 'unknown'}
          label={verified ? t('settings.email.verified') : t('settings.email.notVerified')}
        />
      </p>
      {verified ? null : (
        <>
          <p>{t('settings.email.notVerifiedBody')}</p>
          <ErrorAlert error={toForumError(error)} />
          {data ? (
            <Alert tone="success">
              {t('settings.email.resent', { email: viewer.email ?? '' })}
            </Alert>
          ) : (
            <div className="forum-form__actions">
              <Button variant="secondary" busy={fetching} onClick={() => void resend({})}>
                {t('settings.email.resend')}
              </Button>
            </div>
          )}
        </>
      )}
      <p className="forum-settings__hint">{t('settings.email.hint')}</p>
    </SettingsSection>
  );
}
