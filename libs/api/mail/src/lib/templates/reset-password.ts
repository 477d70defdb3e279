import { action, type MailTemplate, text } from './layout.js';

export interface ResetPasswordData {
  displayName: string;
  /** Absolute one-time link to the page that sets a new password; valid for one hour. */
  link: string;
}

export const resetPassword: MailTemplate<ResetPasswordData> = {
  en: ({ displayName, link }) => ({
    subject: 'Reset your password',
    blocks: [
      text(`Hello ${displayName},`),
      text(
        'We received a request to reset the password of your Customer Community account. ' +
          'Use the link below to choose a new one. It is valid for 1 hour and works only once.',
      ),
      action('Choose a new password', link),
      text('If you did not ask for this, ignore this e-mail. Your password stays the same.'),
    ],
  }),
  de: ({ displayName, link }) => ({
    subject: 'Setzen Sie Ihr Passwort zurück',
    blocks: [
      text(`Hallo ${displayName},`),
      text(
        'wir haben eine Anfrage erhalten, das Passwort Ihres Kontos in der Kunden-Community zurückzusetzen. ' +
          'Über den folgenden Link wählen Sie ein neues. Er ist 1 Stunde lang gültig und funktioniert nur einmal.',
      ),
      action('Neues Passwort wählen', link),
      text(
        'Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail. Ihr Passwort bleibt unverändert.',
      ),
    ],
  }),
};
