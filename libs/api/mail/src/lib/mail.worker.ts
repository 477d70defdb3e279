import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { type Job, JobQueue } from '@forum/api/jobs';
import { MailDelivery } from './mail-delivery.js';
import { type MailMessage, mailQueue, mailQueueOptions } from './mail-message.js';

@Injectable()
export class MailWorker implements OnApplicationBootstrap {
  private readonly logger = new Logger(MailWorker.name);

  constructor(
    private readonly queue: JobQueue,
    private readonly delivery: MailDelivery,
  ) {}

  // Not onModuleInit: the queue starts in its own onModuleInit, and Nest orders those hooks of
  // global modules only by import order, which this module cannot rely on.
  async onApplicationBootstrap(): Promise<void> {
    await this.queue.ensureQueue(mailQueue, mailQueueOptions);
    // A person is waiting for this mail with their inbox open.
    await this.queue.work<MailMessage>(mailQueue, { pollingIntervalSeconds: 1 }, async (jobs) => {
      for (const job of jobs) await this.handle(job);
    });
  }

  private async handle(job: Job<MailMessage>): Promise<void> {
    try {
      await this.delivery.deliver(job.id, job.data);
    } catch (error) {
      this.logger.warn(
        { err: error, jobId: job.id, template: job.data.template, attempt: job.retryCount + 1 },
        'Mail delivery failed; the queue retries it with back-off',
      );
      throw error;
    }
  }
}
