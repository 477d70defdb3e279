// Pages: the app's routes render these, passing what they read from the URL.
export { SignIn, type SignInProps } from './lib/components/auth/SignIn';
export { SignUp } from './lib/components/auth/SignUp';
export { VerifyEmail, type VerifyEmailProps } from './lib/components/auth/VerifyEmail';
export { ForgotPassword } from './lib/components/auth/ForgotPassword';
export { ResetPassword, type ResetPasswordProps } from './lib/components/auth/ResetPassword';
export { SignInLink, type SignInLinkProps } from './lib/components/auth/SignInLink';
export { Settings } from './lib/components/settings/Settings';
export { PeopleAdmin } from './lib/components/admin/PeopleAdmin';
export { OrganisationsAdmin } from './lib/components/admin/OrganisationsAdmin';
export { TagsAdmin } from './lib/components/admin/TagsAdmin';
export { ProductsAdmin } from './lib/components/admin/ProductsAdmin';
export { PrivilegesAdmin } from './lib/components/admin/PrivilegesAdmin';
export { AuditLogAdmin } from './lib/components/admin/AuditLogAdmin';
export { SupportPoliciesAdmin } from './lib/components/admin/SupportPoliciesAdmin';
export { DeadMailAdmin } from './lib/components/admin/DeadMailAdmin';
export { ExpertSettings } from './lib/components/settings/ExpertSettings';

// For the shell and other features.
export { AccountMenu } from './lib/components/AccountMenu';
export { useSignOut } from './lib/hooks/useSignOut';
export { capabilitiesOf, type Capabilities } from './lib/utils/capabilities';
