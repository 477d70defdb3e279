import { SignInLink } from '@forum/web/feature-account';
import { useSearchParams } from 'react-router';

/** `/sign-in/link` asks for a sign-in link; `/sign-in/link?token=…` is the link in that e-mail. */
export function SignInLinkPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? undefined;
  return <SignInLink key={token} token={token} />;
}
