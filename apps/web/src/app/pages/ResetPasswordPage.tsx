import { ResetPassword } from '@forum/web/feature-account';
import { useSearchParams } from 'react-router';

/** `/reset-password?token=…`, the link in the password reset e-mail. */
export function ResetPasswordPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? undefined;
  return <ResetPassword key={token} token={token} />;
}
