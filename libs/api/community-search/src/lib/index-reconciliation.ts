import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue, type QueueOptions } from '@forum/api/jobs';
import { Clock, JobsConfig } from '@forum/api/platform';
import { differenceCount, IndexMaintenance } from './index-maintenance.js';

export const searchReconcileQueue = 'search-reconcile';
export const searchReconcileCron = '*/5 * * * *';

const searchReconcileQueueOptions: QueueOptions = {
  // The next run comes in five minutes; a failed one is not worth repeating sooner.
  retryLimit: 0,
  // A run reads at most a few thousand posts and their documents: well under a minute.
  expireInSeconds: 600,
  heartbeatSeconds: 30,
};

/**
 * Every five minutes, compares the posts changed in the last window (`SEARCH_RECONCILE_WINDOW_MINUTES`,
 * at most `SEARCH_RECONCILE_MAX_POSTS` of each type) with their documents and queues the
 * differences for the indexer. Index jobs are durable, so this finds only what something outside
 * the product did: a restored database without its jobs, a document removed by hand.
 */
@Injectable()
export class IndexReconciliation implements OnApplicationBootstrap {
  private readonly logger = new Logger(IndexReconciliation.name);

  constructor(
    private readonly jobs: JobQueue,
    private readonly maintenance: IndexMaintenance,
    private readonly config: JobsConfig,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.ensureQueue(searchReconcileQueue, searchReconcileQueueOptions);
    await this.jobs.schedule(searchReconcileQueue, searchReconcileCron);
    await this.jobs.work(searchReconcileQueue, { pollingIntervalSeconds: 10 }, () =>
      this.reconcile(),
    );
  }

  /** One run: returns how many posts were queued for the indexer. */
  async reconcile(): Promise<number> {
    const since = new Date(
      this.clock.now().getTime() - this.config.searchReconcileWindowMinutes * 60_000,
    );
    const report = await this.maintenance.checkChangedSince(
      since,
      this.config.searchReconcileMaxPosts,
    );
    const differences = differenceCount(report);
    if (differences > 0) {
      await this.maintenance.repair(report);
      this.logger.warn(
        {
          checked: report.checked,
          missing: report.missing.length,
          stale: report.stale.length,
          extra: report.extra.length,
        },
        'Search index drifted from recently changed posts; queued them for the indexer',
      );
    }
    return differences;
  }
}
