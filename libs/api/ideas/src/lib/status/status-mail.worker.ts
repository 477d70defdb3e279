import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Job, JobQueue, type QueueOptions } from '@forum/api/jobs';
import { MailService } from '@forum/api/mail';
import { MailConfig } from '@forum/api/platform';
import { DataSource } from 'typeorm';

export const statusMailQueue = 'ideas.status-mail';
/** Recipients per job: small enough for one short transaction, few jobs for a popular idea. */
export const statusMailBatch = 200;

const statusMailQueueOptions: QueueOptions = {
  retryLimit: 5,
  retryDelay: 30,
  retryBackoff: true,
  expireInSeconds: 300,
};

export interface StatusMailJob {
  statusChangeId: string;
  userIds: string[];
}

interface Recipient {
  email: string;
  locale: 'en' | 'de';
  display_name: string;
  title: string;
  idea_id: string;
  to_status: string;
  message: string;
}

/**
 * Turns a status change into one e-mail per notified person. The mails of a batch are queued in
 * one transaction, so a failed batch is retried whole and never half-sent.
 */
@Injectable()
export class StatusMailWorker implements OnApplicationBootstrap {
  private readonly logger = new Logger(StatusMailWorker.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queue: JobQueue,
    private readonly mail: MailService,
    private readonly config: MailConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.ensureQueue(statusMailQueue, statusMailQueueOptions);
    await this.queue.work<StatusMailJob>(statusMailQueue, { pollingIntervalSeconds: 2 }, (jobs) =>
      Promise.all(jobs.map((job) => this.handle(job))),
    );
  }

  async handle(job: Job<StatusMailJob>): Promise<void> {
    const { statusChangeId, userIds } = job.data;
    await this.dataSource.transaction(async (manager) => {
      const recipients: Recipient[] = await manager.query(
        `SELECT u.email, u.locale, u.display_name, i.title, i.id AS idea_id, c.to_status, c.message
         FROM idea_status_change c JOIN idea i ON i.id = c.idea_id
         JOIN user_account u ON u.id = ANY($2) AND u.deleted_at IS NULL
           AND u.email_verified_at IS NOT NULL
         WHERE c.id = $1`,
        [statusChangeId, userIds],
      );
      for (const recipient of recipients) {
        await this.mail.sendInTransaction(manager, {
          to: recipient.email,
          locale: recipient.locale,
          template: 'idea-status-changed',
          data: {
            displayName: recipient.display_name,
            ideaTitle: recipient.title,
            status: recipient.to_status,
            message: recipient.message,
            link: new URL(`/ideas/${recipient.idea_id}`, this.config.webOrigin).toString(),
          },
        });
      }
      this.logger.log({ statusChangeId, mails: recipients.length }, 'Queued status mails');
    });
  }
}
