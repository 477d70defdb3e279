import { useQuery } from '@forum/web/data-access-graphql';
import { Alert } from '@forum/web/ui';
import { AnswerHistoryQuery } from '../../graphql/AnswerHistory';
import { useQnaTranslation } from '../../hooks/useQnaTranslation';
import { answerAnchor, questionPath } from '../../utils/questionPath';
import { toQnaError } from '../../utils/qnaError';
import { QnaErrorAlert } from '../common/QnaErrorAlert';
import { QnaPageTitle } from '../common/QnaPageTitle';
import { QuestionNotFound } from '../common/QuestionNotFound';
import { RevisionHistory } from './RevisionHistory';

export interface AnswerHistoryProps {
  questionId: string;
  answerId: string;
}

/** `/questions/:id/answers/:answerId/history`: every version of an answer. */
export function AnswerHistory({ questionId, answerId }: AnswerHistoryProps) {
  const { t } = useQnaTranslation();
  const [{ data, fetching, error }] = useQuery({
    query: AnswerHistoryQuery,
    variables: { questionId, answerId },
  });

  if (!data) {
    if (error) return <QnaErrorAlert error={toQnaError(error)} />;
    return fetching ? <p role="status">{t('loading')}</p> : null;
  }
  const question = data.question;
  if (!question) return <QuestionNotFound />;
  const answer = question.answers.find((candidate) => candidate.id === answerId);
  const title = t('documentTitle.history', { title: question.title });
  if (!answer) {
    return (
      <>
        <QnaPageTitle page={title} />
        <Alert tone="info" title={t('history.answerMissing')} />
      </>
    );
  }
  return (
    <>
      <QnaPageTitle page={title} />
      <meta name="robots" content="noindex" />
      <RevisionHistory
        current={answer}
        revisions={data.revisions}
        title={t('history.title')}
        lead={t('history.answerLead', { title: question.title })}
        backTo={`${questionPath(question)}#${answerAnchor(answer.id)}`}
      />
    </>
  );
}
