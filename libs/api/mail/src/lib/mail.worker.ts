import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { type Job, JobQueue, type JobResult, type WorkOptions } from '@forum/api/jobs';
import { MailConfig } from '@forum/api/platform';
import { MailDelivery } from './mail-delivery.js';
import { type MailMessage, mailQueueOptions, mailQueues } from './mail-message.js';
import type { MailClass } from './templates/mail-templates.js';

/**
 * One worker per mail class. Each takes a batch as big as its SMTP pool and sends the batch at
 * once; every job of the batch succeeds or is retried on its own.
 */
@Injectable()
export class MailWorker implements OnApplicationBootstrap {
  private readonly logger = new Logger(MailWorker.name);

  constructor(
    private readonly queue: JobQueue,
    private readonly delivery: MailDelivery,
    private readonly config: MailConfig,
  ) {}

  // Not onModuleInit: the queue starts in its own onModuleInit, and Nest orders those hooks of
  // global modules only by import order, which this module cannot rely on.
  async onApplicationBootstrap(): Promise<void> {
    const options = workOptions(this.config.maxConnections);
    for (const mailClass of ['transactional', 'bulk'] as const) {
      const name = mailQueues[mailClass];
      await this.queue.ensureQueue(name, mailQueueOptions);
      await this.queue.work<MailMessage>(name, options[mailClass], (jobs) =>
        Promise.all(jobs.map((job) => this.handle(job, mailClass))),
      );
    }
  }

  private async handle(job: Job<MailMessage>, mailClass: MailClass): Promise<JobResult> {
    try {
      await this.delivery.deliver(job.id, job.data, mailClass);
      return { id: job.id, status: 'completed' };
    } catch (error) {
      this.logger.warn(
        { err: error, jobId: job.id, template: job.data.template, attempt: job.retryCount + 1 },
        'Mail delivery failed; the queue retries it with back-off',
      );
      const message = error instanceof Error ? error.message : String(error);
      return { id: job.id, status: 'failed', output: { message } };
    }
  }
}

/** How each class's worker takes jobs, for an SMTP pool of `connections` per class. */
export function workOptions(connections: number): Record<MailClass, WorkOptions> {
  const common = { batchSize: connections, perJobResults: true } satisfies WorkOptions;
  return {
    // A person is waiting for this mail with their inbox open: the queue's NOTIFY wakes the
    // worker at once, and polling stays short for a queue created before it had NOTIFY.
    transactional: { ...common, pollingIntervalSeconds: 0.5, notifyPollingIntervalSeconds: 5 },
    // A backlog is worked without pause between full batches.
    bulk: { ...common, localConcurrency: 2, burstWhenBatchFull: true, pollingIntervalSeconds: 2 },
  };
}
