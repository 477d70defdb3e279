import type { QueueOptions } from '@forum/api/jobs';
import type { Locale } from '@forum/shared/domain';
import type { MailTemplateName, MailTemplates } from './templates/mail-templates.js';

/** One mail to one person; queued as it is, so every value must survive JSON. */
export interface MailMessage<T extends MailTemplateName = MailTemplateName> {
  to: string;
  locale: Locale;
  template: T;
  data: MailTemplates[T];
}

export const mailQueue = 'mail.send';

export const mailQueueOptions: QueueOptions = {
  // An SMTP server that is down for a few minutes should delay mail, not lose it.
  retryLimit: 5,
  retryDelay: 10,
  retryBackoff: true,
  retryDelayMax: 600,
  // A send that hangs this long is taken as lost and retried.
  expireInSeconds: 300,
  // Job data holds working one-time links in clear text, while the database keeps only their
  // hashes; pg-boss would otherwise keep finished jobs for a week.
  deleteAfterSeconds: 3600,
};
