import { Button, Dialog } from '@forum/web/ui';
import type { ReactNode } from 'react';
import { useQnaTranslation } from '../../hooks/useQnaTranslation';
import type { QnaError } from '../../utils/qnaError';
import { QnaErrorAlert } from '../common/QnaErrorAlert';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  busy: boolean;
  error: QnaError | undefined;
  onConfirm: () => void;
  onClose: () => void;
}

/** "Delete this answer?" with Cancel and the dangerous action. */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  busy,
  error,
  onConfirm,
  onClose,
}: ConfirmDialogProps) {
  const { t } = useQnaTranslation();
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={title}
      closeLabel={t('dialogs.close')}
      actions={
        <>
          <Button variant="secondary" onClick={onClose}>
            {t('dialogs.cancel')}
          </Button>
          <Button variant="danger" busy={busy} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      <p>{children}</p>
      <QnaErrorAlert error={error} />
    </Dialog>
  );
}
