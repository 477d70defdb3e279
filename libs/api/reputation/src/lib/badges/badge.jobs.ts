import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { type Job, JobQueue, type QueueOptions } from '@forum/api/jobs';
import type { EntityManager } from 'typeorm';
import { BadgeService } from './badge.service.js';

export const badgeEvaluationQueue = 'badges.evaluate';
export const productSpecialistQueue = 'badges.product-specialists';

export interface BadgeEvaluation {
  userId: string;
}

// An evaluation reads one person's record; the daily refresh reads every product's answers. A job
// whose worker died goes back to the queue once it missed its heartbeat.
const queueOptions: QueueOptions = {
  retryLimit: 5,
  retryDelay: 5,
  retryBackoff: true,
  expireInSeconds: 300,
  heartbeatSeconds: 30,
};
const productSpecialistQueueOptions: QueueOptions = { ...queueOptions, expireInSeconds: 1800 };

/**
 * Badges are decided in the background: a write only enqueues "look at this person again" in
 * its own transaction, and a worker evaluates the rules. Product Specialist is refreshed daily.
 */
@Injectable()
export class BadgeJobs implements OnApplicationBootstrap {
  private readonly logger = new Logger(BadgeJobs.name);

  constructor(
    private readonly queue: JobQueue,
    private readonly badges: BadgeService,
  ) {}

  /** Enqueues an evaluation of each person inside the caller's transaction. */
  async evaluateLater(manager: EntityManager, userIds: readonly string[]): Promise<void> {
    for (const userId of new Set(userIds))
      await this.queue.sendInTransaction(manager, badgeEvaluationQueue, { userId });
  }

  // After the queue started (see MailWorker for why not onModuleInit).
  async onApplicationBootstrap(): Promise<void> {
    await this.queue.ensureQueue(badgeEvaluationQueue, queueOptions);
    await this.queue.ensureQueue(productSpecialistQueue, productSpecialistQueueOptions);
    await this.queue.schedule(productSpecialistQueue, '17 3 * * *');
    await this.queue.work<BadgeEvaluation>(
      badgeEvaluationQueue,
      { pollingIntervalSeconds: 1, batchSize: 10 },
      async (jobs) => {
        for (const job of jobs) await this.evaluate(job);
      },
    );
    await this.queue.work(productSpecialistQueue, { pollingIntervalSeconds: 30 }, async () => {
      await this.badges.refreshProductSpecialists();
    });
  }

  private async evaluate(job: Job<BadgeEvaluation>): Promise<void> {
    const awarded = await this.badges.evaluate(job.data.userId);
    if (awarded.length > 0) {
      this.logger.log(
        { userId: job.data.userId, badges: awarded.map((a) => `${a.badge}/${a.tier}`) },
        'Badges awarded',
      );
    }
  }
}
