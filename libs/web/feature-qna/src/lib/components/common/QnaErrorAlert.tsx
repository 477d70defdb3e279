import { Alert } from '@forum/web/ui';
import { useQnaTranslation } from '../../hooks/useQnaTranslation';
import type { QnaError } from '../../utils/qnaError';

export interface QnaErrorAlertProps {
  error: QnaError | undefined;
  className?: string;
}

/** A failure in the reader's language; never the API's English message. */
export function QnaErrorAlert({ error, className }: QnaErrorAlertProps) {
  const { t } = useQnaTranslation();
  if (!error) return null;
  // INSUFFICIENT_REPUTATION names the reputation needed.
  const title = t(`errors.${error.reason}`, { needed: Number(error.details['needed'] ?? 0) });
  return <Alert tone="error" title={title} className={className} />;
}
