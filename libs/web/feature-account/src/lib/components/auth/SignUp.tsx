import { IdentityErrorReason } from '@forum/shared/domain';
import { useMutation } from '@forum/web/data-access-graphql';
import { useLanguage, useTranslation } from '@forum/web/i18n';
import { Button, MessagePanel, PasswordField, TextField } from '@forum/web/ui';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { SignUpMutation } from '../../graphql/SignUp';
import { useFieldErrors } from '../../hooks/useFieldErrors';
import { toForumError } from '../../utils/forumError';
import { localeOf } from '../../utils/locale';
import { ErrorAlert } from '../ErrorAlert';
import { LanguageSelect } from '../LanguageSelect';
import { PageTitle } from '../PageTitle';
import { PasswordFeedback } from '../PasswordFeedback';
import { AuthCard } from './AuthCard';

/**
 * Registration. The API answers the same whether or not the address has an account already, so
 * the page always ends with "check your inbox".
 */
export function SignUp() {
  const { t } = useTranslation('account');
  const { language: currentLanguage } = useLanguage();
  const [{ data, fetching, error }, signUp] = useMutation(SignUpMutation);
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [language, setLanguage] = useState(currentLanguage);
  const failure = toForumError(error);
  const fieldError = useFieldErrors(failure);

  if (data) {
    return (
      <>
        <PageTitle page={t('documentTitle.signUp')} />
        <MessagePanel title={t('signUp.successTitle')}>
          <p>{t('signUp.successBody', { email: data.signUp.email })}</p>
          <p>{t('signUp.successHint')}</p>
        </MessagePanel>
      </>
    );
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void signUp({ input: { displayName, email, password, locale: localeOf(language) } });
  };

  return (
    <AuthCard
      title={t('signUp.title')}
      documentTitle={t('documentTitle.signUp')}
      lead={t('signUp.lead')}
      footer={
        <>
          {t('signUp.haveAccount')} <Link to="/sign-in">{t('signUp.signIn')}</Link>
        </>
      }
    >
      <form className="forum-form" onSubmit={onSubmit} aria-busy={fetching}>
        <ErrorAlert error={failure} />
        <TextField
          label={t('fields.displayName')}
          hint={t('fields.displayNameHint')}
          error={fieldError('displayName')}
          name="displayName"
          autoComplete="nickname"
          required
          minLength={2}
          maxLength={60}
          value={displayName}
          onChange={(event) => setDisplayName(event.target.value)}
        />
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
        <PasswordField
          label={t('fields.password')}
          hint={t('fields.newPasswordHint')}
          error={
            failure?.reason === IdentityErrorReason.WeakPassword ? (
              <PasswordFeedback error={failure} />
            ) : (
              fieldError('password')
            )
          }
          name="password"
          autoComplete="new-password"
          required
          showLabel={t('fields.showPassword')}
          hideLabel={t('fields.hidePassword')}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
        <LanguageSelect value={language} onChange={setLanguage} />
        <div className="forum-form__actions">
          <Button type="submit" busy={fetching}>
            {t('signUp.submit')}
          </Button>
        </div>
      </form>
    </AuthCard>
  );
}
