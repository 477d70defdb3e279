import { EdgeErrorReason, QnaErrorReason } from '@forum/shared/domain';
import { useMutation, type CloseReason } from '@forum/web/data-access-graphql';
import { Button, Dialog, Select, TextField } from '@forum/web/ui';
import { useState } from 'react';
import { CloseQuestionMutation } from '../../graphql/CloseQuestion';
import { useQnaTranslation } from '../../hooks/useQnaTranslation';
import { localError, toQnaError, type QnaError } from '../../utils/qnaError';
import { QnaErrorAlert } from '../common/QnaErrorAlert';

const REASONS: readonly CloseReason[] = ['DUPLICATE', 'OFF_TOPIC', 'NOT_REPRODUCIBLE', 'SPAM'];

/** "https://forum.example/questions/<id>/<slug>", "/questions/<id>" or the bare id. */
export function questionIdFrom(value: string): string | undefined {
  const text = value.trim();
  const fromPath = /\/questions\/([^/?#\s]+)/.exec(text)?.[1];
  if (fromPath) return decodeURIComponent(fromPath);
  return /^[\w-]+$/.test(text) ? text : undefined;
}

export interface CloseQuestionDialogProps {
  open: boolean;
  questionId: string;
  onClose: () => void;
}

/** Closing a question with a reason; a duplicate names the original. */
export function CloseQuestionDialog({ open, questionId, onClose }: CloseQuestionDialogProps) {
  const { t } = useQnaTranslation();
  const [reason, setReason] = useState<CloseReason>('DUPLICATE');
  const [original, setOriginal] = useState('');
  const [checked, setChecked] = useState<QnaError>();
  const [{ fetching, error }, closeQuestion] = useMutation(CloseQuestionMutation);
  const failure = checked ?? toQnaError(error);
  const originalError =
    failure?.reason === QnaErrorReason.InvalidDuplicate
      ? t('errors.INVALID_DUPLICATE')
      : failure?.fields.has('duplicateOfId')
        ? t('fieldErrors.duplicateOf')
        : undefined;

  const submit = async () => {
    const duplicateOfId = reason === 'DUPLICATE' ? questionIdFrom(original) : undefined;
    if (reason === 'DUPLICATE' && !duplicateOfId) {
      setChecked(localError(EdgeErrorReason.ValidationFailed, ['duplicateOfId']));
      return;
    }
    setChecked(undefined);
    const result = await closeQuestion({ input: { id: questionId, reason, duplicateOfId } });
    if (result.data) onClose();
  };

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t('dialogs.closeTitle')}
      closeLabel={t('dialogs.close')}
      actions={
        <>
          <Button variant="secondary" onClick={onClose}>
            {t('dialogs.cancel')}
          </Button>
          <Button busy={fetching} onClick={() => void submit()}>
            {t('dialogs.closeSubmit')}
          </Button>
        </>
      }
    >
      <p>{t('dialogs.closeBody')}</p>
      {failure && !originalError ? <QnaErrorAlert error={failure} /> : null}
      <Select
        label={t('dialogs.closeReason')}
        name="reason"
        value={reason}
        options={REASONS.map((value) => ({ value, label: t(`closeReason.${value}`) }))}
        onChange={(event) =>
          setReason(REASONS.find((value) => value === event.target.value) ?? 'DUPLICATE')
        }
      />
      {reason === 'DUPLICATE' ? (
        <TextField
          label={t('dialogs.duplicateOf')}
          hint={t('dialogs.duplicateOfHint')}
          name="duplicateOf"
          value={original}
          error={originalError}
          onChange={(event) => setOriginal(event.target.value)}
        />
      ) : null}
    </Dialog>
  );
}
