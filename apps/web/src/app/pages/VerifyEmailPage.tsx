import { VerifyEmail } from '@forum/web/feature-account';
import { useSearchParams } from 'react-router';

/** `/verify-email?token=…`, the link in the verification e-mail. */
export function VerifyEmailPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? undefined;
  return <VerifyEmail key={token} token={token} />;
}
