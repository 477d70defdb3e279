import { EdgeErrorReason } from '@forum/shared/domain';
import { useTranslation } from '@forum/web/i18n';
import type { ForumError } from '../utils/forumError';

const FIELDS_WITH_MESSAGES = [
  'email',
  'displayName',
  'password',
  'newPassword',
  'name',
  'title',
  'reason',
  'until',
  'annualRevenue',
] as const;
type FieldWithMessage = (typeof FIELDS_WITH_MESSAGES)[number];

/**
 * For a VALIDATION_FAILED answer: the translated message for one input field, or undefined when
 * that field is fine. `fieldError('email')` reads the API's "input.email".
 */
export function useFieldErrors(error: ForumError | undefined) {
  const { t } = useTranslation('account');
  return (field: string): string | undefined => {
    if (error?.reason !== EdgeErrorReason.ValidationFailed || !error.fields.has(field))
      return undefined;
    return FIELDS_WITH_MESSAGES.includes(field as FieldWithMessage)
      ? t(`fieldErrors.${field as FieldWithMessage}`)
      : t('fieldErrors.generic');
  };
}
