import { useMutation } from '@forum/web/data-access-graphql';
import { Alert, Button } from '@forum/web/ui';
import { useId, useState, type FormEvent } from 'react';
import { SetQuestionPrivateDetailsMutation } from '../../graphql/SetQuestionPrivateDetails';
import { useQnaTranslation } from '../../hooks/useQnaTranslation';
import { toQnaError } from '../../utils/qnaError';
import { QnaErrorAlert } from '../common/QnaErrorAlert';
import { RelativeTime } from '../common/RelativeTime';
import { LockIcon } from './LockIcon';
import { PrivateDetailsField, privateDetailsTooLong } from './PrivateDetailsField';
import './PrivateDetails.css';

export interface PrivateDetailsBoxProps {
  questionId: string;
  /** What the API returned: null when there are none (or the viewer may not read them). */
  details: { body: string; updatedAt: string } | null;
  /** The asker edits them; staff only read them. */
  editable: boolean;
  /** Text the ask form could not save: the box opens with it, to be saved again. */
  unsaved?: string;
}

/**
 * The asker's private details on the question page, in a clearly marked box that only the asker
 * and staff get: the API sends the details to nobody else. Plain text with its line breaks.
 */
export function PrivateDetailsBox({
  questionId,
  details,
  editable,
  unsaved,
}: PrivateDetailsBoxProps) {
  const { t } = useQnaTranslation();
  const titleId = useId();
  const [editing, setEditing] = useState(editable && unsaved !== undefined);
  const [draft, setDraft] = useState(unsaved ?? details?.body ?? '');
  const [tooLong, setTooLong] = useState(false);
  const [notice, setNotice] = useState<'saved' | 'removed' | null>(null);
  const [saveState, save] = useMutation(SetQuestionPrivateDetailsMutation);

  const startEditing = () => {
    setDraft(details?.body ?? '');
    setNotice(null);
    setTooLong(false);
    setEditing(true);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const over = privateDetailsTooLong(draft);
    setTooLong(over);
    if (over) return;
    const result = await save({ input: { questionId, body: draft } });
    if (!result.error) {
      setEditing(false);
      setNotice(result.data?.setQuestionPrivateDetails.privateDetails ? 'saved' : 'removed');
    }
  };

  return (
    <section className="forum-private-details" aria-labelledby={titleId}>
      <h2 className="forum-private-details__title" id={titleId}>
        <LockIcon />
        {t('privateDetails.title')}
      </h2>
      {notice ? <Alert tone="success">{t(`privateDetails.${notice}`)}</Alert> : null}
      {editing ? (
        <form className="forum-form" onSubmit={(event) => void submit(event)} noValidate>
          {unsaved !== undefined && !saveState.data ? (
            <Alert tone="error">{t('privateDetails.notSavedAfterAsk')}</Alert>
          ) : null}
          <QnaErrorAlert error={toQnaError(saveState.error)} />
          <PrivateDetailsField
            value={draft}
            onChange={setDraft}
            rows={6}
            error={tooLong ? t('errors.PRIVATE_DETAILS_TOO_LONG') : undefined}
          />
          <div className="forum-private-details__actions">
            <Button type="submit" busy={saveState.fetching}>
              {t('privateDetails.save')}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setEditing(false)}>
              {t('privateDetails.cancel')}
            </Button>
          </div>
        </form>
      ) : details ? (
        <>
          <p className="forum-private-details__body">{details.body}</p>
          <p className="forum-private-details__meta">
            <RelativeTime
              value={details.updatedAt}
              format={(time) => t('privateDetails.updated', { time })}
            />
          </p>
        </>
      ) : (
        <p className="forum-private-details__meta">{t('privateDetails.empty')}</p>
      )}
      {!editable && details ? (
        <p className="forum-private-details__note">{t('privateDetails.staffNote')}</p>
      ) : null}
      {editable && !editing ? (
        <div className="forum-private-details__actions">
          <Button variant="secondary" onClick={startEditing}>
            {details ? t('privateDetails.edit') : t('privateDetails.add')}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
