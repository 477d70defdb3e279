import { QuestionHistory } from '@forum/web/feature-qna';
import { useParams } from 'react-router';

/** `/questions/:id/history`. */
export function QuestionHistoryPage() {
  const { id = '' } = useParams();
  return <QuestionHistory id={id} />;
}
