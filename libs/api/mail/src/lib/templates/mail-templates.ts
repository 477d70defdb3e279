import { type Locale, locales } from '@forum/shared/domain';
import { type AccountExistsData, accountExists } from './account-exists.js';
import { type AccountSuspendedData, accountSuspended } from './account-suspended.js';
import { type MailTemplate, type RenderedMail, renderLayout } from './layout.js';
import { type NotificationMailData, notification } from './notification.js';
import { type NotificationDigestData, notificationDigest } from './notification-digest.js';
import { type PasswordChangedData, passwordChanged } from './password-changed.js';
import { type ResetPasswordData, resetPassword } from './reset-password.js';
import { type SignInLinkData, signInLink } from './sign-in-link.js';
import { type SolvedCheckMailData, solvedCheck } from './solved-check.js';
import { type VerifyEmailData, verifyEmail } from './verify-email.js';

/** Every mail the product sends, by name, with the data it needs. */
export interface MailTemplates {
  'verify-email': VerifyEmailData;
  'reset-password': ResetPasswordData;
  'account-exists': AccountExistsData;
  'password-changed': PasswordChangedData;
  'account-suspended': AccountSuspendedData;
  'sign-in-link': SignInLinkData;
  notification: NotificationMailData;
  'notification-digest': NotificationDigestData;
  'solved-check': SolvedCheckMailData;
}

export type MailTemplateName = keyof MailTemplates;

/**
 * How urgent a mail is. Someone waits with their inbox open for `transactional` mail (a link
 * that proves or restores access, or news about their own account); `bulk` mail tells people
 * about the community and may wait behind it. Each class has its own queue and SMTP pool.
 */
export type MailClass = 'transactional' | 'bulk';

interface TemplateEntry<Data> {
  mailClass: MailClass;
  render: MailTemplate<Data>;
  /**
   * The mail's point is a one-time link that expires within hours (ADR 0009). Such a mail is
   * never resent from the dead letters: by then its link no longer works, and the person asks
   * for a new one.
   */
  oneTimeLink?: true;
}

const templates: { [T in MailTemplateName]: TemplateEntry<MailTemplates[T]> } = {
  'verify-email': { mailClass: 'transactional', render: verifyEmail, oneTimeLink: true },
  'reset-password': { mailClass: 'transactional', render: resetPassword, oneTimeLink: true },
  'account-exists': { mailClass: 'transactional', render: accountExists },
  'password-changed': { mailClass: 'transactional', render: passwordChanged },
  'account-suspended': { mailClass: 'transactional', render: accountSuspended },
  'sign-in-link': { mailClass: 'transactional', render: signInLink, oneTimeLink: true },
  notification: { mailClass: 'bulk', render: notification },
  'notification-digest': { mailClass: 'bulk', render: notificationDigest },
  // A reminder about the community, not access to an account: it may wait behind urgent mail.
  'solved-check': { mailClass: 'bulk', render: solvedCheck },
};

export const mailTemplateNames = Object.keys(templates) as MailTemplateName[];

/** The class a template declares, which decides the queue, worker and SMTP pool of its mail. */
export function mailClassOf(template: MailTemplateName): MailClass {
  const entry: { mailClass: MailClass } | undefined = templates[template];
  if (!entry) throw new Error(`Unknown mail template "${template}"`);
  return entry.mailClass;
}

/** Whether the template's mail exists for a one-time link that expires within hours. */
export function hasOneTimeLink(template: string): boolean {
  const entry: { oneTimeLink?: true } | undefined = templates[template as MailTemplateName];
  return entry?.oneTimeLink === true;
}

/** The reader's language when we write it, English otherwise. */
export function resolveLocale(locale: string | null | undefined): Locale {
  return locales.find((known) => known === locale) ?? 'en';
}

/**
 * Subject, plain text and HTML of one mail. `locale` is a plain string because it may come from
 * a queued job written by another version of the API.
 */
export function renderMail<T extends MailTemplateName>(
  template: T,
  locale: string,
  data: MailTemplates[T],
): RenderedMail {
  const entry: TemplateEntry<MailTemplates[T]> | undefined = templates[template];
  if (!entry) throw new Error(`Unknown mail template "${template}"`);
  const language = resolveLocale(locale);
  return renderLayout(language, entry.render[language](data));
}
