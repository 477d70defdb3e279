import { EditQuestion } from '@forum/web/feature-qna';
import { useParams } from 'react-router';

/** `/questions/:id/edit`. */
export function EditQuestionPage() {
  const { id = '' } = useParams();
  return <EditQuestion key={id} id={id} />;
}
