import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { type Job, JobQueue, type JobResult, type WorkOptions } from '@forum/api/jobs';
import { Clock, MailConfig } from '@forum/api/platform';
import { MailDeadLetters } from './dead-letters/mail-dead-letters.js';
import { MailDeliveries } from './deliveries/mail-deliveries.js';
import { MailDelivery } from './mail-delivery.js';
import {
  type MailMessage,
  mailPruneQueue,
  mailPruneQueueOptions,
  mailQueueOptions,
  mailQueues,
} from './mail-message.js';
import type { MailClass } from './templates/mail-templates.js';

/** A mail job with the queue's metadata the worker decides retries by (`includeMetadata`). */
export type MailJob = Job<MailMessage> & { createdOn: Date; retryLimit: number };

const hourMs = 3_600_000;

/**
 * One worker per mail class. Each takes a batch as big as its SMTP pool and sends the batch at
 * once; every job of the batch succeeds or is retried on its own. A mail the SMTP server has not
 * accepted when the retry window (`MAIL_RETRY_HOURS`) has passed becomes a dead letter.
 */
@Injectable()
export class MailWorker implements OnApplicationBootstrap {
  private readonly logger = new Logger(MailWorker.name);

  constructor(
    private readonly queue: JobQueue,
    private readonly delivery: MailDelivery,
    private readonly deliveries: MailDeliveries,
    private readonly deadLetters: MailDeadLetters,
    private readonly config: MailConfig,
    private readonly clock: Clock,
  ) {}

  // Not onModuleInit: the queue starts in its own onModuleInit, and Nest orders those hooks of
  // global modules only by import order, which this module cannot rely on.
  async onApplicationBootstrap(): Promise<void> {
    const queueOptions = mailQueueOptions(this.config.retryHours);
    const options = workOptions(this.config.maxConnections);
    for (const mailClass of ['transactional', 'bulk'] as const) {
      const name = mailQueues[mailClass];
      // Also brings a queue created by an older version (or another MAIL_RETRY_HOURS) to this window.
      await this.queue.ensureQueue(name, queueOptions);
      await this.queue.work<MailMessage>(name, options[mailClass], (jobs) =>
        Promise.all(jobs.map((job) => this.handle(job as MailJob, mailClass))),
      );
    }
    await this.queue.ensureQueue(mailPruneQueue, mailPruneQueueOptions);
    await this.queue.schedule(mailPruneQueue, '23 3 * * *');
    await this.queue.work(mailPruneQueue, { pollingIntervalSeconds: 60 }, () => this.prune());
  }

  private async handle(job: MailJob, mailClass: MailClass): Promise<JobResult> {
    try {
      if (await this.deliveries.wasSent(job.id)) {
        this.logger.warn(
          { jobId: job.id, template: job.data.template },
          'Mail was accepted by the SMTP server at an earlier attempt; not sending it again',
        );
        return { id: job.id, status: 'completed' };
      }
      await this.delivery.deliver(job.id, job.data, mailClass);
    } catch (error) {
      return this.failed(job, mailClass, error);
    }
    try {
      await this.deliveries.recordSent(job.id, this.clock.now());
    } catch (error) {
      this.logger.error(
        { err: error, jobId: job.id },
        'Mail sent, but its delivery record was not written; should the job run again, the copy carries the same Message-ID',
      );
    }
    return { id: job.id, status: 'completed' };
  }

  /**
   * Retries the mail while its window lasts (by the clock, so an exact moment); after that, and
   * on the queue's last retry in any case, keeps it as a dead letter and fails the job for good.
   */
  private async failed(job: MailJob, mailClass: MailClass, error: unknown): Promise<JobResult> {
    const lastError = error instanceof Error ? error.message : String(error);
    const attempts = job.retryCount + 1;
    const elapsedMs = this.clock.now().getTime() - new Date(job.createdOn).getTime();
    const context = { err: error, jobId: job.id, template: job.data.template, attempt: attempts };
    if (elapsedMs < this.config.retryHours * hourMs && job.retryCount < job.retryLimit) {
      this.logger.warn(context, 'Mail delivery failed; will retry with back-off');
      return { id: job.id, status: 'failed', output: { message: lastError } };
    }
    try {
      await this.deadLetters.record({
        id: job.id,
        createdOn: new Date(job.createdOn),
        message: job.data,
        mailClass,
        attempts,
        lastError,
      });
    } catch (recordError) {
      // Without its dead letter the mail would be lost: let the queue try once more.
      this.logger.error(
        { err: recordError, jobId: job.id },
        'Mail could not be kept as a dead letter; will retry',
      );
      return { id: job.id, status: 'failed', output: { message: lastError } };
    }
    const hours = (elapsedMs / hourMs).toFixed(1);
    this.logger.error(
      context,
      `Mail given up after ${attempts} attempts over ${hours} hours; kept as a dead letter for an admin to resend`,
    );
    return { id: job.id, status: 'deadletter', output: { message: lastError } };
  }

  /** Delivery records are needed only while a job can still run again. */
  private async prune(): Promise<void> {
    const keepMs = (this.config.retryHours + 48) * hourMs;
    const pruned = await this.deliveries.prune(new Date(this.clock.now().getTime() - keepMs));
    this.logger.log({ pruned }, 'Old mail delivery records pruned');
  }
}

/** How each class's worker takes jobs, for an SMTP pool of `connections` per class. */
export function workOptions(connections: number): Record<MailClass, WorkOptions> {
  const common = {
    batchSize: connections,
    perJobResults: true,
    includeMetadata: true,
  } satisfies WorkOptions;
  return {
    // A person is waiting for this mail with their inbox open: the queue's NOTIFY wakes the
    // worker at once, and polling stays short for a queue created before it had NOTIFY.
    transactional: { ...common, pollingIntervalSeconds: 0.5, notifyPollingIntervalSeconds: 5 },
    // A backlog is worked without pause between full batches.
    bulk: { ...common, localConcurrency: 2, burstWhenBatchFull: true, pollingIntervalSeconds: 2 },
  };
}
