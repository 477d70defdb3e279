import { IdentityErrorReason } from '@forum/shared/domain';
import { useMutation } from '@forum/web/data-access-graphql';
import { useTranslation } from '@forum/web/i18n';
import { Alert, Button, PasswordField } from '@forum/web/ui';
import { useState, type FormEvent } from 'react';
import { ChangePasswordMutation } from '../../graphql/ChangePassword';
import { useFieldErrors } from '../../hooks/useFieldErrors';
import { toForumError } from '../../utils/forumError';
import { ErrorAlert } from '../ErrorAlert';
import { PasswordFeedback } from '../PasswordFeedback';
import { SettingsSection } from './SettingsSection';

/** Changes the password; the API signs out every other session. */
export function PasswordSection() {
  const { t } = useTranslation('account');
  const [{ fetching, error }, changePassword] = useMutation(ChangePasswordMutation);
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [saved, setSaved] = useState(false);
  const failure = toForumError(error);
  const fieldError = useFieldErrors(failure);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    setMismatch(newPassword !== confirmation);
    if (newPassword !== confirmation) return;
    const result = await changePassword({ input: { currentPassword, newPassword } });
    if (!result.data) return;
    setSaved(true);
    setCurrentPassword('');
    setNewPassword('');
    setConfirmation('');
  };

  const labels = { showLabel: t('fields.showPassword'), hideLabel: t('fields.hidePassword') };
  return (
    <SettingsSection title={t('settings.password.title')} lead={t('settings.password.lead')}>
      <form className="forum-form" onSubmit={onSubmit} aria-busy={fetching}>
        <ErrorAlert error={failure} />
        {saved ? <Alert tone="success">{t('settings.password.saved')}</Alert> : null}
        <PasswordField
          {...labels}
          label={t('fields.currentPassword')}
          error={
            failure?.reason === IdentityErrorReason.WrongPassword
              ? t('errors.WRONG_PASSWORD')
              : undefined
          }
          name="currentPassword"
          autoComplete="current-password"
          required
          value={currentPassword}
          onChange={(event) => setCurrentPassword(event.target.value)}
        />
        <div className="forum-settings__row">
          <PasswordField
            {...labels}
            label={t('fields.newPassword')}
            hint={t('fields.newPasswordHint')}
            error={
              failure?.reason === IdentityErrorReason.WeakPassword ? (
                <PasswordFeedback error={failure} />
              ) : (
                fieldError('newPassword')
              )
            }
            name="newPassword"
            autoComplete="new-password"
            required
            value={newPassword}
            onChange={(event) => setNewPassword(event.target.value)}
          />
          <PasswordField
            {...labels}
            label={t('fields.confirmPassword')}
            error={mismatch ? <span role="alert">{t('resetPassword.mismatch')}</span> : undefined}
            name="confirmPassword"
            autoComplete="new-password"
            required
            value={confirmation}
            onChange={(event) => setConfirmation(event.target.value)}
          />
        </div>
        <div className="forum-form__actions">
          <Button type="submit" busy={fetching}>
            {t('settings.password.submit')}
          </Button>
        </div>
      </form>
    </SettingsSection>
  );
}
