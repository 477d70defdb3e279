// Pages: the app's routes render these, passing what they read from the URL.
export { SignIn, type SignInProps } from './lib/components/auth/SignIn';
export { SignUp } from './lib/components/auth/SignUp';
export { VerifyEmail, type VerifyEmailProps } from './lib/components/auth/VerifyEmail';
export { ForgotPassword } from './lib/components/auth/ForgotPassword';
export { ResetPassword, type ResetPasswordProps } from './lib/components/auth/ResetPassword';
export { Settings } from './lib/components/settings/Settings';
export { PeopleAdmin } from './lib/components/admin/PeopleAdmin';
export { OrganisationsAdmin } from './lib/components/admin/OrganisationsAdmin';
export { AuditLogAdmin } from './lib/components/admin/AuditLogAdmin';

// For the shell and other features.
export { AccountMenu } from './lib/components/AccountMenu';
export { useSignOut } from './lib/hooks/useSignOut';
export { capabilitiesOf, type Capabilities } from './lib/utils/capabilities';
