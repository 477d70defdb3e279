import { useMutation, type VoteTarget } from '@forum/web/data-access-graphql';
import type { VoteValue } from '@forum/web/ui';
import { useCallback, useState } from 'react';
import { VoteMutation } from '../graphql/Vote';
import { toQnaError, type QnaError } from '../utils/qnaError';

export interface VoteState {
  score: number;
  vote: VoteValue;
}

export interface UseOptimisticVoteResult extends VoteState {
  /** A vote is on its way; the score shown already counts it. */
  busy: boolean;
  /** Why the last vote did not count; the score is back to what it was. */
  error: QnaError | undefined;
  cast: (vote: VoteValue) => Promise<void>;
}

const directionOf = { 1: 'UP', 0: 'NONE', [-1]: 'DOWN' } as const;

function toVoteValue(value: number): VoteValue {
  return value > 0 ? 1 : value < 0 ? -1 : 0;
}

/**
 * A post's score and the viewer's vote, updated the moment they vote. The document cache has no
 * optimistic updates and `vote` returns only the new score (a `VotePayload`, which no query
 * holds), so this hook keeps the vote itself: it shows the expected score at once, takes the
 * API's score when it answers, and goes back to the previous state when the vote fails.
 */
export function useOptimisticVote(
  target: VoteTarget,
  id: string,
  server: { score: number; viewerVote: number },
): UseOptimisticVoteResult {
  const [, vote] = useMutation(VoteMutation);
  const fromServer = { score: server.score, vote: toVoteValue(server.viewerVote) };
  const [confirmed, setConfirmed] = useState<VoteState & { base: VoteState }>({
    ...fromServer,
    base: fromServer,
  });
  const [pending, setPending] = useState<VoteState | null>(null);
  const [error, setError] = useState<QnaError>();

  // The page was fetched again (another mutation, a revisit): the API's numbers win.
  if (confirmed.base.score !== fromServer.score || confirmed.base.vote !== fromServer.vote) {
    setConfirmed({ ...fromServer, base: fromServer });
  }

  const cast = useCallback(
    async (next: VoteValue) => {
      const expected = { score: confirmed.score - confirmed.vote + next, vote: next };
      setPending(expected);
      setError(undefined);
      const result = await vote({ input: { target, id, direction: directionOf[next] } });
      const payload = result.data?.vote;
      if (payload) {
        setConfirmed((current) => ({ ...current, score: payload.score, vote: next }));
      } else {
        setError(toQnaError(result.error) ?? { reason: 'UNKNOWN', fields: new Set(), details: {} });
      }
      setPending(null);
    },
    [confirmed, vote, target, id],
  );

  const shown = pending ?? confirmed;
  return { score: shown.score, vote: shown.vote, busy: pending !== null, error, cast };
}
