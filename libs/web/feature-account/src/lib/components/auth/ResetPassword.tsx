import { IdentityErrorReason } from '@forum/shared/domain';
import { useMutation } from '@forum/web/data-access-graphql';
import { useTranslation } from '@forum/web/i18n';
import { Button, MessagePanel, PasswordField } from '@forum/web/ui';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { SESSION_CONTEXT } from '@forum/web/data-access-session';
import { ResetPasswordMutation } from '../../graphql/ResetPassword';
import { useAccountLanguage } from '../../hooks/useAccountLanguage';
import { useFieldErrors } from '../../hooks/useFieldErrors';
import { toForumError, type ForumError } from '../../utils/forumError';
import { ErrorAlert } from '../ErrorAlert';
import { PageTitle } from '../PageTitle';
import { PasswordFeedback } from '../PasswordFeedback';
import { AuthCard } from './AuthCard';

export interface ResetPasswordProps {
  /** The token from the e-mailed link. */
  token?: string;
}

const MISSING_TOKEN: ForumError = {
  reason: IdentityErrorReason.TokenInvalid,
  fields: new Set(),
  details: {},
};

/** Where the reset e-mail links to: a new password, after which the person is signed in. */
export function ResetPassword({ token }: ResetPasswordProps) {
  const { t } = useTranslation('account');
  const applyAccountLanguage = useAccountLanguage();
  const [{ data, fetching, error }, resetPassword] = useMutation(ResetPasswordMutation);
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const failure = token ? toForumError(error) : MISSING_TOKEN;
  const fieldError = useFieldErrors(failure);
  const linkProblem =
    failure?.reason === IdentityErrorReason.TokenExpired ||
    failure?.reason === IdentityErrorReason.TokenInvalid;

  if (data) {
    return (
      <>
        <PageTitle page={t('documentTitle.resetPassword')} />
        <MessagePanel
          title={t('resetPassword.successTitle')}
          action={<Link to="/">{t('verifyEmail.home')}</Link>}
        >
          {t('resetPassword.successBody')}
        </MessagePanel>
      </>
    );
  }

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (password !== confirmation) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    if (!token) return;
    const result = await resetPassword(
      { input: { token, newPassword: password } },
      SESSION_CONTEXT,
    );
    applyAccountLanguage(result.data?.resetPassword.locale);
  };

  return (
    <AuthCard
      title={t('resetPassword.title')}
      documentTitle={t('documentTitle.resetPassword')}
      lead={t('resetPassword.lead')}
    >
      <ErrorAlert error={failure} />
      {linkProblem ? (
        <p>
          <Link to="/forgot-password">{t('resetPassword.requestNew')}</Link>
        </p>
      ) : (
        <form className="forum-form" onSubmit={onSubmit} aria-busy={fetching}>
          <PasswordField
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
            showLabel={t('fields.showPassword')}
            hideLabel={t('fields.hidePassword')}
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
          <PasswordField
            label={t('fields.confirmPassword')}
            error={mismatch ? <span role="alert">{t('resetPassword.mismatch')}</span> : undefined}
            name="confirmPassword"
            autoComplete="new-password"
            required
            showLabel={t('fields.showPassword')}
            hideLabel={t('fields.hidePassword')}
            value={confirmation}
            onChange={(event) => setConfirmation(event.target.value)}
          />
          <div className="forum-form__actions">
            <Button type="submit" busy={fetching}>
              {t('resetPassword.submit')}
            </Button>
          </div>
        </form>
      )}
    </AuthCard>
  );
}
