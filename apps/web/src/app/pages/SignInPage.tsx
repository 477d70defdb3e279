import { SignIn } from '@forum/web/feature-account';
import { useSearchParams } from 'react-router';

/** `/sign-in?returnTo=/settings`, or `?ssoError=REASON` when single sign-on failed. */
export function SignInPage() {
  const [params] = useSearchParams();
  return (
    <SignIn
      returnTo={params.get('returnTo') ?? undefined}
      ssoError={params.get('ssoError') ?? undefined}
    />
  );
}
