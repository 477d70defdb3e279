import { QuestionList } from '@forum/web/feature-qna';
import { useSearchParams } from 'react-router';

/** `/questions?sort=top&state=solved&product=billing&tag=pdf`. */
export function QuestionListPage() {
  const [params] = useSearchParams();
  return <QuestionList search={params} />;
}
