import { action, type MailTemplate, text } from './layout.js';

export interface VerifyEmailData {
  displayName: string;
  /** Absolute link that confirms the address. */
  link: string;
}

export const verifyEmail: MailTemplate<VerifyEmailData> = {
  en: ({ displayName, link }) => ({
    subject: 'Confirm your e-mail address',
    blocks: [
      text(`Hello ${displayName},`),
      text(
        'Please confirm that this is your e-mail address, so that you can take part in the Customer Community.',
      ),
      action('Confirm e-mail address', link),
      text('If you did not create an account, you can ignore this e-mail.'),
    ],
  }),
  de: ({ displayName, link }) => ({
    subject: 'Bestätigen Sie Ihre E-Mail-Adresse',
    blocks: [
      text(`Hallo ${displayName},`),
      text(
        'bitte bestätigen Sie, dass dies Ihre E-Mail-Adresse ist, damit Sie in der Kunden-Community mitmachen können.',
      ),
      action('E-Mail-Adresse bestätigen', link),
      text('Wenn Sie kein Konto angelegt haben, können Sie diese E-Mail ignorieren.'),
    ],
  }),
};
