export * from './lib/mail.module.js';
export * from './lib/mail.service.js';
export { MailDeadLetters } from './lib/dead-letters/mail-dead-letters.js';
export { mailEntities } from './lib/mail.entities.js';
export type { MailMessage } from './lib/mail-message.js';
export type { AccountExistsData } from './lib/templates/account-exists.js';
export type { AccountSuspendedData } from './lib/templates/account-suspended.js';
export type { RenderedMail } from './lib/templates/layout.js';
export type { NotificationMailData } from './lib/templates/notification.js';
export type {
  DigestItem,
  DigestSolvedQuestion,
  NotificationDigestData,
} from './lib/templates/notification-digest.js';
export * from './lib/templates/mail-templates.js';
export type { PasswordChangedData } from './lib/templates/password-changed.js';
export type { SolvedCheckMailData } from './lib/templates/solved-check.js';
export type { ResetPasswordData } from './lib/templates/reset-password.js';
export type { VerifyEmailData } from './lib/templates/verify-email.js';
export { mailQueues } from './lib/mail-message.js';
