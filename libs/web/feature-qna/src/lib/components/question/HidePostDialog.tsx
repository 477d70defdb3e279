import { moderationLimits } from '@forum/shared/domain';
import { useMutation, type ModeratedPostKind } from '@forum/web/data-access-graphql';
import { Button, Dialog, TextAreaField } from '@forum/web/ui';
import { useState } from 'react';
import { HidePostMutation } from '../../graphql/PostModeration';
import { useQnaTranslation } from '../../hooks/useQnaTranslation';
import { toQnaError } from '../../utils/qnaError';
import { QnaErrorAlert } from '../common/QnaErrorAlert';

export interface HidePostDialogProps {
  open: boolean;
  target: ModeratedPostKind;
  id: string;
  onClose: () => void;
}

const refetchQuestion = { additionalTypenames: ['Question', 'Answer'] };

/** A moderator hides a question or answer, with a note its author reads. */
export function HidePostDialog({ open, target, id, onClose }: HidePostDialogProps) {
  const { t } = useQnaTranslation();
  const [note, setNote] = useState('');
  const [{ fetching, error }, hidePost] = useMutation(HidePostMutation);

  const submit = async () => {
    const result = await hidePost(
      { input: { target, id, note: note.trim() || null } },
      refetchQuestion,
    );
    if (result.data) onClose();
  };

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t(target === 'QUESTION' ? 'dialogs.hideQuestionTitle' : 'dialogs.hideAnswerTitle')}
      closeLabel={t('dialogs.close')}
      actions={
        <>
          <Button variant="secondary" onClick={onClose}>
            {t('dialogs.cancel')}
          </Button>
          <Button busy={fetching} onClick={() => void submit()}>
            {t('dialogs.hideSubmit')}
          </Button>
        </>
      }
    >
      <p>{t('dialogs.hideBody')}</p>
      <QnaErrorAlert error={toQnaError(error)} />
      <TextAreaField
        label={t('dialogs.hideNote')}
        hint={t('dialogs.hideNoteHint')}
        name="note"
        rows={3}
        maxLength={moderationLimits.hiddenNoteMax}
        value={note}
        onChange={(event) => setNote(event.target.value)}
      />
    </Dialog>
  );
}
