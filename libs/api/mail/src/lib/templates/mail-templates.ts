import { type Locale, locales } from '@forum/shared/domain';
import { type AccountExistsData, accountExists } from './account-exists.js';
import { type AccountSuspendedData, accountSuspended } from './account-suspended.js';
import { type IdeaStatusChangedData, ideaStatusChanged } from './idea-status-changed.js';
import { type MailTemplate, type RenderedMail, renderLayout } from './layout.js';
import { type PasswordChangedData, passwordChanged } from './password-changed.js';
import { type ResetPasswordData, resetPassword } from './reset-password.js';
import { type SignInLinkData, signInLink } from './sign-in-link.js';
import { type VerifyEmailData, verifyEmail } from './verify-email.js';

/** Every mail the product sends, by name, with the data it needs. */
export interface MailTemplates {
  'verify-email': VerifyEmailData;
  'reset-password': ResetPasswordData;
  'account-exists': AccountExistsData;
  'password-changed': PasswordChangedData;
  'account-suspended': AccountSuspendedData;
  'idea-status-changed': IdeaStatusChangedData;
  'sign-in-link': SignInLinkData;
}

export type MailTemplateName = keyof MailTemplates;

const templates: { [T in MailTemplateName]: MailTemplate<MailTemplates[T]> } = {
  'verify-email': verifyEmail,
  'reset-password': resetPassword,
  'account-exists': accountExists,
  'password-changed': passwordChanged,
  'account-suspended': accountSuspended,
  'idea-status-changed': ideaStatusChanged,
  'sign-in-link': signInLink,
};

export const mailTemplateNames = Object.keys(templates) as MailTemplateName[];

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
  const definition: MailTemplate<MailTemplates[T]> | undefined = templates[template];
  if (!definition) throw new Error(`Unknown mail template "${template}"`);
  const language = resolveLocale(locale);
  return renderLayout(language, definition[language](data));
}
