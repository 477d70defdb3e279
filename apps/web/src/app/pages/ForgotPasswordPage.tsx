import { ForgotPassword } from '@forum/web/feature-account';

export function ForgotPasswordPage() {
  return <ForgotPassword />;
}
