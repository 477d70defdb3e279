import { QuestionPage } from '@forum/web/feature-qna';
import { useParams } from 'react-router';

/** `/questions/:id/:slug`; a missing or outdated slug redirects to the current one. */
export function QuestionDetailPage() {
  const { id = '', slug } = useParams();
  return <QuestionPage key={id} id={id} slug={slug} />;
}
