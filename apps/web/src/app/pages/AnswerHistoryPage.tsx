import { AnswerHistory } from '@forum/web/feature-qna';
import { useParams } from 'react-router';

/** `/questions/:id/answers/:answerId/history`. */
export function AnswerHistoryPage() {
  const { id = '', answerId = '' } = useParams();
  return <AnswerHistory questionId={id} answerId={answerId} />;
}
