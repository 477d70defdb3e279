import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserService } from '@forum/api/identity';
import { type Job, JobQueue, type QueueOptions } from '@forum/api/jobs';
import { MailService } from '@forum/api/mail';
import { MailConfig } from '@forum/api/platform';
import { DataSource } from 'typeorm';
import { IdeaStatusChangeEntity } from './idea-status-change.entity.js';

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
    private readonly users: UserService,
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
      const change = await manager.findOne(IdeaStatusChangeEntity, {
        where: { id: statusChangeId },
        relations: { idea: true },
      });
      // The change goes only with its idea; then there is nothing left to tell.
      const idea = change?.idea;
      if (!change || !idea) return;
      const recipients = await this.users.mailRecipients(userIds, manager);
      for (const recipient of recipients) {
        await this.mail.sendInTransaction(manager, {
          to: recipient.email,
          locale: recipient.locale,
          template: 'idea-status-changed',
          data: {
            displayName: recipient.displayName,
            ideaTitle: idea.title,
            status: change.toStatus,
            message: change.message,
            link: new URL(`/ideas/${change.ideaId}`, this.config.webOrigin).toString(),
          },
        });
      }
      this.logger.log({ statusChangeId, mails: recipients.length }, 'Queued status mails');
    });
  }
}
