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
  return <Alert tone="error" title={t(`errors.${error.reason}`)} className={className} />;
}
