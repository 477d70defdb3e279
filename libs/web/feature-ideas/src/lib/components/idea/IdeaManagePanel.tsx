import { IdeaErrorReason } from '@forum/shared/domain';
import { type IdeaStatus, readGraphqlError, useMutation } from '@forum/web/data-access-graphql';
import { Alert, Button, Select, TextAreaField } from '@forum/web/ui';
import { type FormEvent, useState } from 'react';
import { SetIdeaStatusMutation } from '../../graphql/SetIdeaStatus';
import { useIdeasTranslation } from '../../hooks/useIdeasTranslation';
import { ideaStatuses } from '../board/IdeaBoard';

export interface IdeaManagePanelProps {
  ideaId: string;
  status: IdeaStatus;
}

/** Product managers set the status with a public message; everyone involved is notified. */
export function IdeaManagePanel({ ideaId, status }: IdeaManagePanelProps) {
  const { t } = useIdeasTranslation();
  const [next, setNext] = useState<IdeaStatus>(status === 'UNDER_REVIEW' ? 'PLANNED' : status);
  const [message, setMessage] = useState('');
  const [state, setStatus] = useMutation(SetIdeaStatusMutation);
  const [done, setDone] = useState<number | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await setStatus({ input: { ideaId, status: next, message } });
    const history = result.data?.setIdeaStatus.statusHistory;
    if (history) {
      setMessage('');
      setDone(history.at(-1)?.notifiedCount ?? 0);
    }
  };
  const unchanged =
    readGraphqlError(state.error, [IdeaErrorReason.StatusUnchanged])?.reason ===
    IdeaErrorReason.StatusUnchanged;

  return (
    <form className="idea-panel" onSubmit={submit} aria-labelledby="manage-title">
      <h2 id="manage-title">{t('manage.title')}</h2>
      <Select
        label={t('manage.status')}
        value={next}
        onChange={(event) => setNext(event.target.value as IdeaStatus)}
        options={ideaStatuses.map((value) => ({ value, label: t(`status.${value}`) }))}
      />
      <TextAreaField
        label={t('manage.message')}
        value={message}
        required
        minLength={2}
        maxLength={2000}
        rows={3}
        onChange={(event) => setMessage(event.target.value)}
      />
      <Button type="submit" busy={state.fetching}>
        {t('manage.submit')}
      </Button>
      {state.error ? (
        <Alert tone="error">{unchanged ? t('manage.unchanged') : t('failed')}</Alert>
      ) : null}
      {done !== null && !state.error ? (
        <Alert tone="success">{t('manage.done', { count: done })}</Alert>
      ) : null}
    </form>
  );
}
