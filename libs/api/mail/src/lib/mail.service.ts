import { Injectable } from '@nestjs/common';
import { JobQueue } from '@forum/api/jobs';
import type { EntityManager } from 'typeorm';
import { type MailMessage, mailQueues } from './mail-message.js';
import { mailClassOf, type MailTemplateName, renderMail } from './templates/mail-templates.js';

/**
 * Queues mail on the queue of its template's class. Sending happens in the background with
 * retries, so a slow or unavailable SMTP server never fails or delays the request that asked for
 * the mail.
 */
@Injectable()
export class MailService {
  constructor(private readonly queue: JobQueue) {}

  async send<T extends MailTemplateName>(message: MailMessage<T>): Promise<void> {
    assertRenders(message);
    await this.queue.send(queueOf(message), message);
  }

  /**
   * Queues the mail inside the caller's transaction: it is sent exactly when the write that
   * caused it commits, never for a change that was rolled back.
   */
  async sendInTransaction<T extends MailTemplateName>(
    manager: EntityManager,
    message: MailMessage<T>,
  ): Promise<void> {
    assertRenders(message);
    await this.queue.sendInTransaction(manager, queueOf(message), message);
  }
}

// Rendering once up front makes a malformed link or date fail the request that caused it,
// instead of a background job that nobody watches.
function assertRenders(message: MailMessage): void {
  renderMail(message.template, message.locale, message.data);
}

function queueOf(message: MailMessage): string {
  return mailQueues[mailClassOf(message.template)];
}
