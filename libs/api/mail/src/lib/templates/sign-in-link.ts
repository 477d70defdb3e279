import { action, type MailTemplate, text } from './layout.js';

export interface SignInLinkData {
  displayName: string;
  /** Absolute one-time link that signs the person in; valid for 15 minutes. */
  link: string;
}

/** Sent on request, e.g. when password sign-in is paused after many failed attempts. */
export const signInLink: MailTemplate<SignInLinkData> = {
  en: ({ displayName, link }) => ({
    subject: 'Your sign-in link',
    blocks: [
      text(`Hello ${displayName},`),
      text(
        'Someone asked for a link to sign in to your Customer Community account without a password. ' +
          'Use the link below to sign in. It is valid for 15 minutes and works only once.',
      ),
      action('Sign in', link),
      text(
        'If you did not ask for this, ignore this e-mail: nobody can sign in without the link. ' +
          'If you receive many of these, someone may be trying to guess your password; choosing a strong one keeps your account safe.',
      ),
    ],
  }),
  de: ({ displayName, link }) => ({
    subject: 'Ihr Anmeldelink',
    blocks: [
      text(`Hallo ${displayName},`),
      text(
        'jemand hat einen Link angefordert, mit dem Sie sich ohne Passwort in Ihrem Konto der Kunden-Community anmelden. ' +
          'Über den folgenden Link melden Sie sich an. Er ist 15 Minuten lang gültig und funktioniert nur einmal.',
      ),
      action('Anmelden', link),
      text(
        'Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail: Ohne den Link kann sich niemand anmelden. ' +
          'Erhalten Sie viele solche E-Mails, versucht vielleicht jemand, Ihr Passwort zu erraten; ein starkes Passwort schützt Ihr Konto.',
      ),
    ],
  }),
};
