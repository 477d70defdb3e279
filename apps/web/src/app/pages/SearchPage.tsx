import { QuestionSearch } from '@forum/web/feature-qna';
import { useSearchParams } from 'react-router';

/** `/search?q=invoice&product=billing&tag=pdf&state=solved&staff=true&sort=newest`. */
export function SearchPage() {
  const [params] = useSearchParams();
  return <QuestionSearch search={params} />;
}
