import { MessagePanel } from '@forum/web/ui';
import { Link } from 'react-router';
import { useQnaTranslation } from '../../hooks/useQnaTranslation';
import { QnaPageTitle } from './QnaPageTitle';

/** A question id that does not exist (any more), or a deleted question for non-moderators. */
export function QuestionNotFound() {
  const { t } = useQnaTranslation();
  return (
    <>
      <QnaPageTitle page={t('documentTitle.notFound')} />
      <meta name="robots" content="noindex" />
      <MessagePanel
        eyebrow={t('notFound.code')}
        title={t('notFound.title')}
        action={<Link to="/questions">{t('notFound.action')}</Link>}
      >
        {t('notFound.body')}
      </MessagePanel>
    </>
  );
}
