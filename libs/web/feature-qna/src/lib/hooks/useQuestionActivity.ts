import { useLiveOrPoll } from '@forum/web/data-access-graphql';
import { useCallback, useState } from 'react';
import { QuestionActivitySubscription } from '../graphql/QuestionActivity';

export interface QuestionActivityArgs {
  questionId: string;
  /** The reader: what they post themselves shows up on their page anyway. */
  viewerId: string | null;
  /** The answers the page already shows. */
  shownAnswerIds: readonly string[];
  /** Reloads the page's question (network only); also the polling fallback. */
  refresh: () => void;
}

interface Fresh {
  questionId: string | null;
  answerIds: string[];
  commentIds: string[];
}

const none: Fresh = { questionId: null, answerIds: [], commentIds: [] };

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

/**
 * Answers and comments others post while the page is open, collected until the reader asks to
 * see them. Without a socket the page refreshes itself every 30 seconds instead.
 */
export function useQuestionActivity({
  questionId,
  viewerId,
  shownAnswerIds,
  refresh,
}: QuestionActivityArgs) {
  const [collected, setFresh] = useState<Fresh>(none);
  // What was collected for another question (the reader followed a link) no longer counts.
  const fresh = collected.questionId === questionId ? collected : none;
  useLiveOrPoll({
    subscription: QuestionActivitySubscription,
    variables: { questionId },
    onEvent: ({ questionActivity: activity }) => {
      if (activity.authorId === viewerId) return;
      setFresh((previous) => {
        const base = previous.questionId === activity.questionId ? previous : none;
        return {
          questionId: activity.questionId,
          answerIds: union(base.answerIds, activity.answerIds),
          commentIds: union(base.commentIds, activity.commentIds),
        };
      });
    },
    onPoll: refresh,
  });
  const clear = useCallback(() => setFresh(none), []);
  return {
    answerIds: fresh.answerIds.filter((id) => !shownAnswerIds.includes(id)),
    commentIds: fresh.commentIds,
    clear,
  };
}
