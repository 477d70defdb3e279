import { SignUp } from '@forum/web/feature-account';

export function SignUpPage() {
  return <SignUp />;
}
