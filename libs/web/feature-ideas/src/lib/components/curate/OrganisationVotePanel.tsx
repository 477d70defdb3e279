import { useMutation, useQuery, type VoteImportance } from '@forum/web/data-access-graphql';
import { Alert, Button, Select, TextField } from '@forum/web/ui';
import { type FormEvent, useState } from 'react';
import {
  IdeaOrganisationVotesQuery,
  RecordOrganisationVoteMutation,
  RemoveOrganisationVoteMutation,
} from '../../graphql/IdeaCuration';
import { useCurationError } from '../../hooks/useCurationError';
import { useIdeasTranslation } from '../../hooks/useIdeasTranslation';
import { importances } from '../idea/IdeaVotePanel';

// Recording or removing a vote changes IdeaVote rows the list may not have held before.
const votesContext = { additionalTypenames: ['IdeaVote'] };

/** Staff record a vote they heard from a customer organisation, e.g. on a call, or remove it. */
export function OrganisationVotePanel({ ideaId }: { ideaId: string }) {
  const { t } = useIdeasTranslation();
  const errorText = useCurationError();
  const [{ data, error }, refetch] = useQuery({
    query: IdeaOrganisationVotesQuery,
    variables: { id: ideaId },
    context: votesContext,
  });
  const [organisationId, setOrganisationId] = useState('');
  const [importance, setImportance] = useState('');
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState<string>();
  const [recordState, record] = useMutation(RecordOrganisationVoteMutation);
  const [removeState, remove] = useMutation(RemoveOrganisationVoteMutation);
  const failure = recordState.error ?? removeState.error;

  const organisations = data?.organisations ?? [];
  const recorded = (data?.idea?.votes ?? []).filter(
    (vote) => vote.isRecordedForOrganisation && vote.organisation,
  );
  const nameOf = (id: string) => organisations.find((each) => each.id === id)?.name ?? '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await record({
      input: {
        ideaId,
        organisationId,
        importance: (importance || null) as VoteImportance | null,
        reason: reason.trim() || null,
      },
    });
    if (!result.data) return;
    setMessage(t('curate.votes.recorded', { name: nameOf(organisationId) }));
    setOrganisationId('');
    setImportance('');
    setReason('');
    refetch({ requestPolicy: 'network-only' });
  };

  const removeFor = async (id: string, name: string) => {
    const result = await remove({ input: { ideaId, organisationId: id } });
    if (!result.data) return;
    setMessage(t('curate.votes.removed', { name }));
    refetch({ requestPolicy: 'network-only' });
  };

  return (
    <section className="idea-panel curate-panel" aria-labelledby="org-votes-title">
      <h2 id="org-votes-title">{t('curate.votes.title')}</h2>
      <p>{t('curate.votes.lead')}</p>
      {error && !data ? <Alert tone="error">{errorText(error)}</Alert> : null}
      {recorded.length > 0 ? (
        <ul className="curate-list" aria-label={t('curate.votes.list')}>
          {recorded.map((vote) => (
            <li key={vote.id}>
              <span>
                {vote.organisation!.name}
                {vote.importance ? ` · ${t(`importance.${vote.importance}`)}` : ''}
              </span>
              <Button
                variant="quiet"
                busy={removeState.fetching}
                onClick={() => void removeFor(vote.organisation!.id, vote.organisation!.name)}
              >
                {t('curate.votes.remove')}
                <span className="forum-visually-hidden"> {vote.organisation!.name}</span>
              </Button>
            </li>
          ))}
        </ul>
      ) : data ? (
        <p>{t('curate.votes.none')}</p>
      ) : null}
      <form className="curate-form" onSubmit={submit} aria-label={t('curate.votes.formLabel')}>
        <Select
          label={t('curate.votes.organisation')}
          value={organisationId}
          required
          onChange={(event) => setOrganisationId(event.target.value)}
          options={[
            { value: '', label: t('curate.votes.chooseOrganisation') },
            ...organisations.map((each) => ({ value: each.id, label: each.name })),
          ]}
        />
        <Select
          label={t('curate.votes.importance')}
          value={importance}
          onChange={(event) => setImportance(event.target.value)}
          options={[
            { value: '', label: t('vote.noImportance') },
            ...importances.map((value) => ({ value, label: t(`importance.${value}`) })),
          ]}
        />
        <TextField
          label={t('curate.votes.reason')}
          value={reason}
          maxLength={280}
          onChange={(event) => setReason(event.target.value)}
        />
        <div>
          <Button type="submit" busy={recordState.fetching}>
            {t('curate.votes.submit')}
          </Button>
        </div>
      </form>
      {failure ? <Alert tone="error">{errorText(failure)}</Alert> : null}
      {message && !failure ? <Alert tone="success">{message}</Alert> : null}
    </section>
  );
}
