import { IdentityErrorReason } from '@forum/shared/domain';
import { useMutation } from '@forum/web/data-access-graphql';
import { useTranslation } from '@forum/web/i18n';
import { Alert, Button, TextField } from '@forum/web/ui';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { SESSION_CONTEXT } from '@forum/web/data-access-session';
import { RequestSignInLinkMutation } from '../../graphql/RequestSignInLink';
import { SignInWithLinkMutation } from '../../graphql/SignInWithLink';
import { useAccountLanguage } from '../../hooks/useAccountLanguage';
import { useFieldErrors } from '../../hooks/useFieldErrors';
import { toForumError } from '../../utils/forumError';
import { ErrorAlert } from '../ErrorAlert';
import { AuthCard } from './AuthCard';

export interface SignInLinkProps {
  /** The token from the e-mailed link; without one, the page asks for a link. */
  token?: string;
}

/**
 * `/sign-in/link`: asks for a one-time sign-in link by e-mail, and is where that link leads,
 * signing in and continuing to the home page.
 */
export function SignInLink({ token }: SignInLinkProps) {
  return token ? <CompleteSignIn token={token} /> : <AskForLink />;
}

function AskForLink() {
  const { t } = useTranslation('account');
  return (
    <AuthCard
      title={t('signInLink.title')}
      documentTitle={t('documentTitle.signInLink')}
      lead={t('signInLink.lead')}
      footer={<Link to="/sign-in">{t('signInLink.withPassword')}</Link>}
    >
      <SignInLinkForm />
    </AuthCard>
  );
}

function CompleteSignIn({ token }: { token: string }) {
  const { t } = useTranslation('account');
  const navigate = useNavigate();
  const applyAccountLanguage = useAccountLanguage();
  const [{ error }, signIn] = useMutation(SignInWithLinkMutation);
  // A token works once: React's development double effects must not spend it twice.
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void signIn({ input: { token } }, SESSION_CONTEXT).then(async (result) => {
      if (!result.data) return;
      applyAccountLanguage(result.data.signInWithLink.locale);
      await navigate('/', { replace: true });
    });
  }, [token, signIn, applyAccountLanguage, navigate]);

  const failure = toForumError(error);
  if (!failure) {
    return (
      <AuthCard
        title={t('signInLink.signingInTitle')}
        documentTitle={t('documentTitle.signInLink')}
      >
        <p role="status" className="forum-auth__status">
          {t('signInLink.signingIn')}
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
            : t('signInLink.title')
      }
      documentTitle={t('documentTitle.signInLink')}
      footer={<Link to="/sign-in">{t('signInLink.withPassword')}</Link>}
    >
      <ErrorAlert error={failure} />
      {linkProblem ? (
        <>
          <p>{t('signInLink.askAgain')}</p>
          <SignInLinkForm />
        </>
      ) : null}
    </AuthCard>
  );
}

/** An e-mail field and "E-mail me a sign-in link"; the answer never says whether the account exists. */
function SignInLinkForm() {
  const { t } = useTranslation('account');
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string>();
  const [{ fetching, error }, request] = useMutation(RequestSignInLinkMutation);
  const failure = toForumError(error);
  const fieldError = useFieldErrors(failure);

  if (sentTo) return <Alert tone="success">{t('signInLink.sent', { email: sentTo })}</Alert>;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const address = email.trim();
    const result = await request({ input: { email: address } });
    if (result.data) setSentTo(address);
  };

  return (
    <form className="forum-form" onSubmit={onSubmit} aria-busy={fetching}>
      <ErrorAlert error={failure} />
      <TextField
        label={t('fields.email')}
        error={fieldError('email')}
        type="email"
        name="email"
        autoComplete="email"
        required
        value={email}
        onChange={(event) => setEmail(event.target.value)}
      />
      <div className="forum-form__actions">
        <Button type="submit" busy={fetching}>
          {t('signInLink.submit')}
        </Button>
      </div>
    </form>
  );
}

export interface SignInLinkOfferProps {
  /** The address the person just tried to sign in with. */
  email: string;
}

/**
 * Shown when password sign-in is paused after many failed attempts: the owner of the account can
 * still get in with a link sent to its address.
 */
export function SignInLinkOffer({ email }: SignInLinkOfferProps) {
  const { t } = useTranslation('account');
  const [sentTo, setSentTo] = useState<string>();
  const [{ fetching, error }, request] = useMutation(RequestSignInLinkMutation);
  const failure = toForumError(error);

  if (sentTo) return <Alert tone="success">{t('signInLink.sent', { email: sentTo })}</Alert>;

  const send = async () => {
    const address = email.trim();
    const result = await request({ input: { email: address } });
    if (result.data) setSentTo(address);
  };

  return (
    <div className="forum-auth__offer">
      <p>{t('signInLink.offer')}</p>
      <ErrorAlert error={failure} />
      <Button variant="secondary" type="button" busy={fetching} onClick={() => void send()}>
        {t('signInLink.submit')}
      </Button>
    </div>
  );
}
