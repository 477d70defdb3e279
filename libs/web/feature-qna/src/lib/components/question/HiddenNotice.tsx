import type { PostHiddenReason } from '@forum/web/data-access-graphql';
import { Alert } from '@forum/web/ui';
import { useQnaTranslation } from '../../hooks/useQnaTranslation';

export interface HiddenNoticeProps {
  reason: PostHiddenReason;
  note: string | null | undefined;
  post: 'question' | 'answer';
}

/**
 * What the author (and moderators) read on a hidden post: "Waiting for review" while a spam rule
 * holds it, otherwise who hid it and the moderator's note.
 */
export function HiddenNotice({ reason, note, post }: HiddenNoticeProps) {
  const { t } = useQnaTranslation();
  const title =
    reason === 'AWAITING_REVIEW'
      ? t('question.awaitingReview')
      : reason === 'FLAGGED'
        ? t('question.hiddenFlagged')
        : t('question.hiddenByModerator');
  const body =
    reason === 'AWAITING_REVIEW'
      ? t('question.awaitingReviewBody')
      : post === 'question'
        ? t('question.hiddenBody')
        : t('answer.hiddenBody');
  return (
    <Alert tone="info" title={note && reason !== 'AWAITING_REVIEW' ? `${title}: ${note}` : title}>
      <p>{body}</p>
    </Alert>
  );
}
