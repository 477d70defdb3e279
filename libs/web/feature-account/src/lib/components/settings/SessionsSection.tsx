import { useMutation } from '@forum/web/data-access-graphql';
import { useTranslation } from '@forum/web/i18n';
import { Button } from '@forum/web/ui';
import { useNavigate } from 'react-router';
import { SESSION_CONTEXT } from '@forum/web/data-access-session';
import { SignOutEverywhereMutation } from '../../graphql/SignOutEverywhere';
import { toForumError } from '../../utils/forumError';
import { ErrorAlert } from '../ErrorAlert';
import { SettingsSection } from './SettingsSection';

/** Ends every session on every device, this one included. */
export function SessionsSection() {
  const { t } = useTranslation('account');
  const navigate = useNavigate();
  const [{ fetching, error }, signOutEverywhere] = useMutation(SignOutEverywhereMutation);

  const onClick = async () => {
    const result = await signOutEverywhere({}, SESSION_CONTEXT);
    if (result.data) await navigate('/sign-in');
  };

  return (
    <SettingsSection title={t('settings.sessions.title')} lead={t('settings.sessions.lead')}>
      <ErrorAlert error={toForumError(error)} />
      <div className="forum-form__actions">
        <Button variant="secondary" busy={fetching} onClick={() => void onClick()}>
          {t('settings.sessions.submit')}
        </Button>
      </div>
    </SettingsSection>
  );
}
