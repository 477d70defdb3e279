import { QuestionPage } from '@forum/web/feature-qna';
import { QuestionSupportSidebar } from '@forum/web/feature-support';
import { useParams } from 'react-router';

/**
 * `/questions/:id/:slug`; a missing or outdated slug redirects to the current one. Staff see the
 * support desk's panel and the suggested experts above the question.
 */
export function QuestionDetailPage() {
  const { id = '', slug } = useParams();
  return (
    <QuestionPage
      key={id}
      id={id}
      slug={slug}
      deskPanel={<QuestionSupportSidebar questionId={id} />}
    />
  );
}
