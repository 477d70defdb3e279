import { useMutation } from '@forum/web/data-access-graphql';
import { useEffect, useRef } from 'react';
import { RecordQuestionViewMutation } from '../graphql/RecordQuestionView';

/**
 * Counts one view per page view of a question: once when it is shown, again only for another
 * question. The API counts a visitor once per day, whatever the page sends.
 */
export function useRecordView(questionId: string | undefined) {
  const [, record] = useMutation(RecordQuestionViewMutation);
  // A ref survives React's development double effect, so the view is sent once.
  const recorded = useRef<string | null>(null);
  useEffect(() => {
    if (!questionId || recorded.current === questionId) return;
    recorded.current = questionId;
    void record({ input: { questionId } });
  }, [questionId, record]);
}
