import { UserProfile } from '@forum/web/feature-people';
import { useParams } from 'react-router';

/** `/users/:id`. */
export function UserProfilePage() {
  const { id = '' } = useParams();
  return <UserProfile key={id} id={id} />;
}
