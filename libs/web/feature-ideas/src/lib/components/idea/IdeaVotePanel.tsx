import { useMutation, type VoteImportance } from '@forum/web/data-access-graphql';
import { signInPath } from '@forum/web/data-access-session';
import { Alert, Button, buttonClassName, Select, TextField } from '@forum/web/ui';
import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { VoteForIdeaMutation } from '../../graphql/VoteForIdea';
import { WithdrawIdeaVoteMutation } from '../../graphql/WithdrawIdeaVote';
import { useIdeasTranslation } from '../../hooks/useIdeasTranslation';

export const importances: readonly VoteImportance[] = ['NICE_TO_HAVE', 'IMPORTANT', 'CRITICAL'];

export interface IdeaVotePanelProps {
  ideaId: string;
  voteCount: number;
  signedIn: boolean;
  viewerVote: { importance?: VoteImportance | null; reason?: string | null } | null | undefined;
}

/** Vote, say how important it is and why, or withdraw the vote. */
export function IdeaVotePanel({ ideaId, voteCount, signedIn, viewerVote }: IdeaVotePanelProps) {
  const { t } = useIdeasTranslation();
  const location = useLocation();
  const [importance, setImportance] = useState(viewerVote?.importance ?? '');
  const [reason, setReason] = useState(viewerVote?.reason ?? '');
  const [voteState, vote] = useMutation(VoteForIdeaMutation);
  const [withdrawState, withdraw] = useMutation(WithdrawIdeaVoteMutation);
  const failed = voteState.error ?? withdrawState.error;

  const save = () =>
    vote({
      input: {
        ideaId,
        importance: (importance || null) as VoteImportance | null,
        reason: reason.trim() || null,
      },
    });

  return (
    <section className="idea-panel" aria-label={t('vote.vote')}>
      <p>
        <strong>{t('votes', { count: voteCount })}</strong>
      </p>
      {!signedIn ? (
        <Link className={buttonClassName('primary')} to={signInPath(location.pathname)}>
          {t('vote.signIn')}
        </Link>
      ) : (
        <>
          <Select
            label={t('vote.importance')}
            value={importance}
            onChange={(event) => setImportance(event.target.value as VoteImportance | '')}
            options={[
              { value: '', label: t('vote.noImportance') },
              ...importances.map((value) => ({ value, label: t(`importance.${value}`) })),
            ]}
          />
          <TextField
            label={t('vote.reason')}
            value={reason}
            maxLength={280}
            onChange={(event) => setReason(event.target.value)}
          />
          <div className="ideas-page__actions">
            <Button onClick={save} busy={voteState.fetching} aria-pressed={Boolean(viewerVote)}>
              {viewerVote ? t('vote.save') : t('vote.vote')}
            </Button>
            {viewerVote ? (
              <Button
                variant="secondary"
                busy={withdrawState.fetching}
                onClick={() => withdraw({ input: { ideaId } })}
              >
                {t('vote.withdraw')}
              </Button>
            ) : null}
          </div>
        </>
      )}
      {failed ? <Alert tone="error">{t('vote.failed')}</Alert> : null}
    </section>
  );
}
