import { Button } from '@forum/web/ui';
import { useQnaTranslation } from '../../hooks/useQnaTranslation';

export interface NewPostsNoticeProps {
  /** Answers others added since the page loaded. */
  answers: number;
  /** Comments others added since the page loaded. */
  comments: number;
  /** Loads them into the page. */
  onShow: () => void;
}

/**
 * "2 new answers, 1 new comment – Show them". The polite live region is always there, so screen
 * readers announce the notice when it appears without interrupting the reader.
 */
export function NewPostsNotice({ answers, comments, onShow }: NewPostsNoticeProps) {
  const { t } = useQnaTranslation();
  const parts: string[] = [];
  if (answers > 0) parts.push(t('live.newAnswers', { count: answers }));
  if (comments > 0) parts.push(t('live.newComments', { count: comments }));
  return (
    <div className="forum-question__new-posts" role="status" aria-live="polite">
      {parts.length > 0 ? (
        <p className="forum-question__new-posts-notice">
          <span>{parts.join(', ')}</span>{' '}
          <Button variant="secondary" onClick={onShow}>
            {t('live.show')}
          </Button>
        </p>
      ) : null}
    </div>
  );
}
