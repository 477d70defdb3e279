import type { MailConfig } from '@forum/api/platform';

/** Pages of the web app that e-mails link to. */
export const webPaths = {
  signIn: '/sign-in',
  verifyEmail: '/verify-email',
  forgotPassword: '/forgot-password',
  resetPassword: '/reset-password',
  signInLink: '/sign-in/link',
} as const;

export function webLink(config: MailConfig, path: string, token?: string): string {
  const url = new URL(path, config.webOrigin);
  if (token) url.searchParams.set('token', token);
  return url.toString();
}
