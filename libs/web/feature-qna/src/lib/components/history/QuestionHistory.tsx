import { useQuery } from '@forum/web/data-access-graphql';
import { QuestionHistoryQuery } from '../../graphql/QuestionHistory';
import { useQnaTranslation } from '../../hooks/useQnaTranslation';
import { questionPath } from '../../utils/questionPath';
import { toQnaError } from '../../utils/qnaError';
import { QnaErrorAlert } from '../common/QnaErrorAlert';
import { QnaPageTitle } from '../common/QnaPageTitle';
import { QuestionNotFound } from '../common/QuestionNotFound';
import { RevisionHistory } from './RevisionHistory';

export interface QuestionHistoryProps {
  id: string;
}

/** `/questions/:id/history`: every version of a question. */
export function QuestionHistory({ id }: QuestionHistoryProps) {
  const { t } = useQnaTranslation();
  const [{ data, fetching, error }] = useQuery({ query: QuestionHistoryQuery, variables: { id } });

  if (!data) {
    if (error) return <QnaErrorAlert error={toQnaError(error)} />;
    return fetching ? <p role="status">{t('loading')}</p> : null;
  }
  const question = data.question;
  if (!question) return <QuestionNotFound />;
  return (
    <>
      <QnaPageTitle page={t('documentTitle.history', { title: question.title })} />
      <meta name="robots" content="noindex" />
      <RevisionHistory
        current={question}
        revisions={data.revisions}
        title={t('history.title')}
        lead={t('history.questionLead', { title: question.title })}
        backTo={questionPath(question)}
      />
    </>
  );
}
