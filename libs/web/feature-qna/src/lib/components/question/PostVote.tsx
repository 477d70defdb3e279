import { VoteControl } from '@forum/web/ui';
import { useQnaTranslation } from '../../hooks/useQnaTranslation';
import type { UseOptimisticVoteResult } from '../../hooks/useOptimisticVote';

export interface PostVoteProps {
  vote: UseOptimisticVoteResult;
  /** Visitors and authors see the score only. */
  canVote: boolean;
}

/** The vote column of a question or an answer. */
export function PostVote({ vote, canVote }: PostVoteProps) {
  const { t } = useQnaTranslation();
  return (
    <VoteControl
      score={vote.score}
      vote={vote.vote}
      onVote={canVote ? (value) => void vote.cast(value) : undefined}
      busy={vote.busy}
      label={t('vote.label')}
      upLabel={t('vote.up')}
      downLabel={t('vote.down')}
      scoreLabel={t('vote.score', { score: vote.score })}
    />
  );
}
