import { IdentityErrorReason } from '@forum/shared/domain';
import { useFormatters, useTranslation } from '@forum/web/i18n';
import { useCallback } from 'react';
import { numberDetail, stringDetail, type ForumError } from '../utils/forumError';

/**
 * Turns a failure into translated sentences: the reason's message, and what the API sent along
 * (how long to wait, until when and why an account is suspended).
 */
export function useErrorText() {
  const { t } = useTranslation('account');
  const format = useFormatters();
  return useCallback(
    (error: ForumError): string[] => {
      const lines: string[] = [t(`errors.${error.reason}`)];
      if (error.reason === IdentityErrorReason.TooManyAttempts) {
        const seconds = numberDetail(error, 'retryAfterSeconds');
        lines.push(
          seconds === undefined
            ? t('errors.retryLater')
            : t('errors.retryAfter', { wait: format.duration(seconds) }),
        );
      }
      if (error.reason === IdentityErrorReason.AccountSuspended) {
        const until = stringDetail(error, 'suspendedUntil');
        const reason = stringDetail(error, 'suspensionReason');
        if (until) lines.push(t('errors.suspendedUntil', { until: format.dateTime(until) }));
        if (reason) lines.push(t('errors.suspensionReason', { reason }));
      }
      return lines;
    },
    [t, format],
  );
}
