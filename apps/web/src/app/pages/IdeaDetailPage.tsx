import { IdeaPage } from '@forum/web/feature-ideas';
import { useParams } from 'react-router';

/** `/ideas/:id`; a merged idea redirects to the one it was merged into. */
export function IdeaDetailPage() {
  const { id = '' } = useParams();
  return <IdeaPage key={id} id={id} />;
}
