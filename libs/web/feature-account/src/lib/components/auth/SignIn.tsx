import { useMutation, useQuery } from '@forum/web/data-access-graphql';
import { useTranslation } from '@forum/web/i18n';
import { Button, buttonClassName, PasswordField, TextField } from '@forum/web/ui';
import { IdentityErrorReason } from '@forum/shared/domain';
import { useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import {
  safeReturnPath,
  SESSION_CONTEXT,
  ssoStartUrl,
  useViewer,
} from '@forum/web/data-access-session';
import { SignInMutation } from '../../graphql/SignIn';
import { SignInOptionsQuery } from '../../graphql/SignInOptions';
import { useAccountLanguage } from '../../hooks/useAccountLanguage';
import { ssoErrorOf, toForumError } from '../../utils/forumError';
import { ErrorAlert } from '../ErrorAlert';
import { AuthCard } from './AuthCard';
import { SignInLinkOffer } from './SignInLink';

export interface SignInProps {
  /** Where to go after signing in; only paths on this site are followed. */
  returnTo?: string;
  /** The reason code single sign-on sent the browser back with. */
  ssoError?: string;
}

export function SignIn({ returnTo, ssoError }: SignInProps) {
  const { t } = useTranslation('account');
  const navigate = useNavigate();
  const applyAccountLanguage = useAccountLanguage();
  const { viewer } = useViewer();
  const [{ data: options }] = useQuery({ query: SignInOptionsQuery, requestPolicy: 'cache-first' });
  const [{ fetching, error }, signIn] = useMutation(SignInMutation);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  const target = safeReturnPath(returnTo) ?? '/';
  const sso = options?.signInOptions.sso;
  const passwordSignIn = options?.signInOptions.password ?? true;
  const failure = toForumError(error);
  // Password sign-in is paused after many failed attempts; a mailed link still works.
  const linkOffered =
    failure?.reason === IdentityErrorReason.TooManyAttempts &&
    failure.details['signInLinkAvailable'] === true;

  if (viewer) return <Navigate to={target} replace />;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = await signIn({ input: { email, password } }, SESSION_CONTEXT);
    if (result.data) {
      applyAccountLanguage(result.data.signIn.locale);
      await navigate(target, { replace: true });
    }
  };

  return (
    <AuthCard
      title={t('signIn.title')}
      documentTitle={t('documentTitle.signIn')}
      lead={t('signIn.lead')}
      footer={
        <>
          {t('signIn.noAccount')} <Link to="/sign-up">{t('signIn.signUp')}</Link>
        </>
      }
    >
      <ErrorAlert error={ssoErrorOf(ssoError)} title={t('signIn.ssoFailed')} />
      {sso ? (
        <a
          className={buttonClassName('secondary', 'forum-auth__sso')}
          href={ssoStartUrl(sso.startUrl, returnTo)}
        >
          {sso.label}
        </a>
      ) : null}
      {sso && passwordSignIn ? (
        <p className="forum-auth__divider" aria-hidden="true">
          {t('signIn.or')}
        </p>
      ) : null}
      {passwordSignIn ? (
        <form className="forum-form" onSubmit={onSubmit} aria-busy={fetching}>
          <ErrorAlert error={failure} />
          {linkOffered ? <SignInLinkOffer email={email} /> : null}
          <TextField
            label={t('fields.email')}
            type="email"
            name="email"
            autoComplete="username"
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
          <PasswordField
            label={t('fields.password')}
            name="password"
            autoComplete="current-password"
            required
            showLabel={t('fields.showPassword')}
            hideLabel={t('fields.hidePassword')}
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
          <p className="forum-auth__aside forum-auth__links">
            <Link to="/forgot-password">{t('signIn.forgotPassword')}</Link>
            <Link to="/sign-in/link">{t('signIn.withLink')}</Link>
          </p>
          <div className="forum-form__actions">
            <Button type="submit" busy={fetching}>
              {t('signIn.submit')}
            </Button>
          </div>
        </form>
      ) : null}
    </AuthCard>
  );
}
