import { SolvedCheck } from '@forum/web/feature-solved-check';
import { useSearchParams } from 'react-router';

/**
 * `/solved?token=…[&answer=<id>&action=accept|not_solved|stop]`, where the links of an "is it
 * solved?" reminder lead.
 */
export function SolvedCheckPage() {
  const [params] = useSearchParams();
  const token = params.get('token');
  return (
    <SolvedCheck
      key={token}
      token={token}
      action={params.get('action')}
      answerId={params.get('answer')}
    />
  );
}
