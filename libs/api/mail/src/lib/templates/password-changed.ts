import { action, type MailTemplate, text } from './layout.js';

export interface PasswordChangedData {
  displayName: string;
  /** Absolute link to the page that requests a password reset. */
  resetLink: string;
}

export const passwordChanged: MailTemplate<PasswordChangedData> = {
  en: ({ displayName, resetLink }) => ({
    subject: 'Your password was changed',
    blocks: [
      text(`Hello ${displayName},`),
      text(
        'The password of your Customer Community account was just changed. If that was you, there is nothing else to do.',
      ),
      text('If it was not you, reset your password right away:'),
      action('Reset password', resetLink),
    ],
  }),
  de: ({ displayName, resetLink }) => ({
    subject: 'Ihr Passwort wurde geändert',
    blocks: [
      text(`Hallo ${displayName},`),
      text(
        'das Passwort Ihres Kontos in der Kunden-Community wurde soeben geändert. Wenn Sie das waren, müssen Sie nichts weiter tun.',
      ),
      text('Wenn nicht, setzen Sie Ihr Passwort bitte sofort zurück:'),
      action('Passwort zurücksetzen', resetLink),
    ],
  }),
};
