import { useMutation } from '@forum/web/data-access-graphql';
import { useTranslation } from '@forum/web/i18n';
import { Button, MessagePanel, TextField } from '@forum/web/ui';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { RequestPasswordResetMutation } from '../../graphql/RequestPasswordReset';
import { useFieldErrors } from '../../hooks/useFieldErrors';
import { toForumError } from '../../utils/forumError';
import { ErrorAlert } from '../ErrorAlert';
import { PageTitle } from '../PageTitle';
import { AuthCard } from './AuthCard';

/** Asks for a reset link. The confirmation never says whether the address has an account. */
export function ForgotPassword() {
  const { t } = useTranslation('account');
  const [{ data, fetching, error }, requestReset] = useMutation(RequestPasswordResetMutation);
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string>();
  const failure = toForumError(error);
  const fieldError = useFieldErrors(failure);

  if (data && sentTo) {
    return (
      <>
        <PageTitle page={t('documentTitle.forgotPassword')} />
        <MessagePanel
          title={t('forgotPassword.sentTitle')}
          action={<Link to="/sign-in">{t('forgotPassword.backToSignIn')}</Link>}
        >
          {t('forgotPassword.sentBody', { email: sentTo })}
        </MessagePanel>
      </>
    );
  }

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const address = email.trim();
    const result = await requestReset({ input: { email: address } });
    if (result.data) setSentTo(address);
  };

  return (
    <AuthCard
      title={t('forgotPassword.title')}
      documentTitle={t('documentTitle.forgotPassword')}
      lead={t('forgotPassword.lead')}
      footer={<Link to="/sign-in">{t('forgotPassword.backToSignIn')}</Link>}
    >
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
            {t('forgotPassword.submit')}
          </Button>
        </div>
      </form>
    </AuthCard>
  );
}
