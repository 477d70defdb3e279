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

/** Seconds pg-boss waits before the first retry; each later wait doubles, up to the cap. */
const retryDelaySeconds = 10;
/** Once an outage has lasted a while, a mail is tried every 15 minutes until the window ends. */
const retryDelayMaxSeconds = 900;

/**
 * How many retries span `retryHours`. pg-boss waits at least `min(cap, delay * 2^c)` after a
 * failed attempt with retry count `c` (more with its jitter), so this many retries never end
 * before the window does. The worker gives a mail up by the clock when the window has passed
 * (`MailWorker`); the limit is the queue's own backstop for the same moment.
 */
export function mailRetryLimit(retryHours: number): number {
  const windowSeconds = retryHours * 3600;
  let waited = 0;
  let retries = 0;
  while (waited < windowSeconds) {
    waited += Math.min(retryDelayMaxSeconds, retryDelaySeconds * 2 ** Math.min(16, retries));
    retries++;
  }
  return retries;
}

/** The options of both mail queues, for a retry window of `retryHours` (`MAIL_RETRY_HOURS`). */
export function mailQueueOptions(retryHours: number): QueueOptions {
  return {
    // An SMTP server that is down, even for days, delays mail; a mail is given up (a dead letter
    // an admin can resend) only when the window has passed.
    retryLimit: mailRetryLimit(retryHours),
    retryDelay: retryDelaySeconds,
    retryBackoff: true,
    retryDelayMax: retryDelayMaxSeconds,
    // A job waiting for its next retry must outlive the window (pg-boss's default is 14 days).
    retentionSeconds: (retryHours + 24) * 3600,
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
}

/** The daily clean-up of delivery records (`MailDeliveries.prune`). */
export const mailPruneQueue = 'mail.prune';
export const mailPruneQueueOptions: QueueOptions = {
  retryLimit: 3,
  retryDelay: 60,
  expireInSeconds: 300,
  heartbeatSeconds: 30,
  deleteAfterSeconds: 24 * 3600,
};
