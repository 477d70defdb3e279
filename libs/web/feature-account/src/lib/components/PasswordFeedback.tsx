import { IdentityErrorReason } from '@forum/shared/domain';
import { useTranslation } from '@forum/web/i18n';
import { numberDetail, stringDetail, type ForumError } from '../utils/forumError';

export interface PasswordFeedbackProps {
  error: ForumError | undefined;
}

/**
 * Why the API refused a new password (WEAK_PASSWORD): too short, or too easy to guess with the
 * strength checker's warning and suggestions. Those arrive in English, so they are marked as such.
 */
export function PasswordFeedback({ error }: PasswordFeedbackProps) {
  const { t } = useTranslation('account');
  if (error?.reason !== IdentityErrorReason.WeakPassword) return null;
  const minLength = numberDetail(error, 'minLength');
  if (minLength !== undefined) return <>{t('weakPassword.tooShort', { minLength })}</>;
  const warning = stringDetail(error, 'warning');
  const raw = error.details['suggestions'];
  const suggestions = Array.isArray(raw)
    ? raw.filter((item): item is string => typeof item === 'string')
    : [];
  return (
    <>
      {t('weakPassword.tooEasy')}
      <ul>
        {warning ? <li lang="en">{warning}</li> : null}
        {suggestions.map((suggestion) => (
          <li key={suggestion} lang="en">
            {suggestion}
          </li>
        ))}
        <li>{t('weakPassword.tip')}</li>
      </ul>
    </>
  );
}
