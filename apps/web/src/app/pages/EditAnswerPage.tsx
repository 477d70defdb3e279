import { EditAnswer } from '@forum/web/feature-qna';
import { useParams } from 'react-router';

/** `/questions/:id/answers/:answerId/edit`. */
export function EditAnswerPage() {
  const { id = '', answerId = '' } = useParams();
  return <EditAnswer key={answerId} questionId={id} answerId={answerId} />;
}
