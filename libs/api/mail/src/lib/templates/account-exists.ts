import { action, type MailTemplate, text } from './layout.js';

/**
 * Sent instead of a verification mail when someone signs up with an address that already has an
 * account, so the sign-up form itself never reveals which addresses are registered.
 */
export interface AccountExistsData {
  displayName: string;
  /** Absolute link to the sign-in page. */
  signInLink: string;
  /** Absolute link to the page that requests a password reset. */
  resetLink: string;
}

export const accountExists: MailTemplate<AccountExistsData> = {
  en: ({ displayName, signInLink, resetLink }) => ({
    subject: 'You already have an account',
    blocks: [
      text(`Hello ${displayName},`),
      text(
        'Someone, probably you, tried to create a new Customer Community account with this e-mail address. ' +
          'You already have an account with it, so no new one was created.',
      ),
      action('Sign in', signInLink),
      text('Forgot your password? You can choose a new one:'),
      action('Reset password', resetLink),
      text('If this was not you, you can ignore this e-mail. Nothing about your account changed.'),
    ],
  }),
  de: ({ displayName, signInLink, resetLink }) => ({
    subject: 'Sie haben bereits ein Konto',
    blocks: [
      text(`Hallo ${displayName},`),
      text(
        'jemand, vermutlich Sie selbst, hat versucht, mit dieser E-Mail-Adresse ein neues Konto in der Kunden-Community anzulegen. ' +
          'Sie haben mit dieser Adresse bereits ein Konto, deshalb wurde kein neues angelegt.',
      ),
      action('Anmelden', signInLink),
      text('Passwort vergessen? Sie können ein neues wählen:'),
      action('Passwort zurücksetzen', resetLink),
      text(
        'Wenn Sie das nicht waren, können Sie diese E-Mail ignorieren. An Ihrem Konto hat sich nichts geändert.',
      ),
    ],
  }),
};
