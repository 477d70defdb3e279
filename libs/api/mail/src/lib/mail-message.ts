import type { QueueOptions } from '@forum/api/jobs';
import type { Locale } from '@forum/shared/domain';
import type { MailClass, MailTemplateName, MailTemplates } from './templates/mail-templates.js';

/** One mail to one person; queued as it is, so every value must survive JSON. */
export interface MailMessage<T extends MailTemplateName = MailTemplateName> {
  to: string;
  locale: Locale;
  template: T;
  data: MailTemplates[T];
  /**
   * Extra header fields, e.g. `List-Unsubscribe`; names and values must be plain ASCII without
   * line breaks.
   */
  headers?: Record<string, string>;
}

/**
 * One queue per mail class, each with its own worker, so a burst of bulk mail never stands
 * between a person and their reset link. Transactional mail keeps the queue name all mail used
 * before there were classes, so jobs queued by an older version are still sent.
 */
export const mailQueues: Readonly<Record<MailClass, string>> = {
  transactional: 'mail.send',
  bulk: 'mail.bulk',
};

export const mailQueueOptions: QueueOptions = {
  // An SMTP server that is down for a few minutes should delay mail, not lose it.
  retryLimit: 5,
  retryDelay: 10,
  retryBackoff: true,
  retryDelayMax: 600,
  // A send that hangs this long is taken as lost and retried.
  expireInSeconds: 300,
  // A job whose worker died goes back to the queue once it missed its heartbeat this long.
  heartbeatSeconds: 30,
  // Job data holds working one-time links in clear text, while the database keeps only their
  // hashes; pg-boss would otherwise keep finished jobs for a week.
  deleteAfterSeconds: 3600,
  // Wake the worker when a job commits instead of at its next poll.
  notify: true,
};
