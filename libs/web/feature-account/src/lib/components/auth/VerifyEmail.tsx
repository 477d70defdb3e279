import { IdentityErrorReason } from '@forum/shared/domain';
import { useMutation } from '@forum/web/data-access-graphql';
import { useTranslation } from '@forum/web/i18n';
import { Alert, Button, MessagePanel } from '@forum/web/ui';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { SESSION_CONTEXT, signInPath, useViewer } from '@forum/web/data-access-session';
import { ResendVerificationEmailMutation } from '../../graphql/ResendVerificationEmail';
import { VerifyEmailMutation } from '../../graphql/VerifyEmail';
import { useAccountLanguage } from '../../hooks/useAccountLanguage';
import { toForumError, type ForumError } from '../../utils/forumError';
import { ErrorAlert } from '../ErrorAlert';
import { PageTitle } from '../PageTitle';
import { AuthCard } from './AuthCard';

export interface VerifyEmailProps {
  /** The token from the e-mailed link. */
  token?: string;
}

const MISSING_TOKEN: ForumError = {
  reason: IdentityErrorReason.TokenInvalid,
  fields: new Set(),
  details: {},
};

/** Where the verification e-mail links to: confirms the address once, which also signs in. */
export function VerifyEmail({ token }: VerifyEmailProps) {
  const { t } = useTranslation('account');
  const applyAccountLanguage = useAccountLanguage();
  const [{ data, error }, verify] = useMutation(VerifyEmailMutation);
  // A token works once: React's development double effects must not spend it twice.
  const started = useRef(false);

  useEffect(() => {
    if (!token || started.current) return;
    started.current = true;
    void verify({ input: { token } }, SESSION_CONTEXT).then((result) =>
      applyAccountLanguage(result.data?.verifyEmail.locale),
    );
  }, [token, verify, applyAccountLanguage]);

  if (data) {
    return (
      <>
        <PageTitle page={t('documentTitle.verifyEmail')} />
        <MessagePanel
          title={t('verifyEmail.successTitle')}
          action={<Link to="/">{t('verifyEmail.home')}</Link>}
        >
          {t('verifyEmail.successBody', { name: data.verifyEmail.displayName })}
        </MessagePanel>
      </>
    );
  }

  const failure = token ? toForumError(error) : MISSING_TOKEN;
  if (!failure) {
    return (
      <AuthCard title={t('verifyEmail.title')} documentTitle={t('documentTitle.verifyEmail')}>
        <p role="status" className="forum-auth__status">
          {t('verifyEmail.verifying')}
        </p>
      </AuthCard>
    );
  }

  const linkProblem =
    failure.reason === IdentityErrorReason.TokenExpired ||
    failure.reason === IdentityErrorReason.TokenInvalid;
  return (
    <AuthCard
      title={
        failure.reason === IdentityErrorReason.TokenExpired
          ? t('verifyEmail.expiredTitle')
          : linkProblem
            ? t('verifyEmail.invalidTitle')
            : t('verifyEmail.title')
      }
      documentTitle={t('documentTitle.verifyEmail')}
    >
      <ErrorAlert error={failure} />
      {linkProblem ? <NewVerificationLink /> : null}
    </AuthCard>
  );
}

/** A fresh link for a signed-in person; visitors are asked to sign in first. */
function NewVerificationLink() {
  const { t } = useTranslation('account');
  const { viewer, loading } = useViewer();
  const [{ data, fetching, error }, resend] = useMutation(ResendVerificationEmailMutation);

  if (loading) return null;
  if (!viewer) {
    return (
      <p>
        <Link to={signInPath('/settings')}>{t('verifyEmail.signInToResend')}</Link>
      </p>
    );
  }
  if (viewer.emailVerified) {
    return <Alert tone="success">{t('verifyEmail.alreadyVerified')}</Alert>;
  }
  if (data) {
    return <Alert tone="success">{t('verifyEmail.resent', { email: viewer.email ?? '' })}</Alert>;
  }
  return (
    <>
      <ErrorAlert error={toForumError(error)} />
      <div className="forum-form__actions">
        <Button busy={fetching} onClick={() => void resend({})}>
          {t('verifyEmail.resend')}
        </Button>
      </div>
    </>
  );
}
