import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { mailQueues } from '@forum/api/mail';
import { Clock } from '@forum/api/platform';
import type { DataSource } from 'typeorm';
import { ForumMetrics } from './forum-metrics.js';
import type { ScrapeCollector } from './scrape-collector.js';

/** The queue whose waiting jobs are the changes not yet in the search index. */
export const SEARCH_INDEX_QUEUE = Symbol('SEARCH_INDEX_QUEUE');

/** A scrape gives up on the queue figures after this long rather than hold a connection. */
export const queueStatementTimeoutMs = 2_000;

interface QueueRow {
  name: string;
  waiting: number;
  active: number;
  failed: number;
  /** Earliest `start_after` of the waiting jobs that are due. */
  due_since: Date | null;
  /** Earliest `created_on` of the jobs not finished yet (waiting or running). */
  pending_since: Date | null;
}

/**
 * One statement per scrape over the jobs pg-boss has not finished (the states of its partial index
 * `job_i14`), grouped by queue; queues without such jobs report 0. Completed jobs, usually most
 * of the table, are never read.
 */
const queueFigures = `
  SELECT q.name,
         count(j.id) FILTER (WHERE j.state IN ('created', 'retry'))::int AS waiting,
         count(j.id) FILTER (WHERE j.state = 'active')::int AS active,
         count(j.id) FILTER (WHERE j.state = 'failed')::int AS failed,
         min(j.start_after) FILTER (WHERE j.state IN ('created', 'retry') AND j.start_after <= now()) AS due_since,
         min(j.created_on) FILTER (WHERE j.state IN ('created', 'retry', 'active')) AS pending_since
    FROM pgboss.queue q
    LEFT JOIN pgboss.job j
      ON j.name = q.name AND j.state IN ('created', 'retry', 'active', 'failed')
   GROUP BY q.name`;

/**
 * Depth, age and dead jobs of every pg-boss queue, the search index lag and the mail backlog,
 * read from the `pgboss` schema when Prometheus scrapes. These figures are the same on every API
 * replica (they describe the shared database), so alert on their maximum, not their sum.
 */
@Injectable()
export class QueueMetrics implements ScrapeCollector {
  readonly name = 'job_queue';

  constructor(
    private readonly metrics: ForumMetrics,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(SEARCH_INDEX_QUEUE) private readonly searchIndexQueue: string,
  ) {}

  async collect(): Promise<void> {
    const rows = await this.dataSource.transaction(async (manager) => {
      await manager.query(`SET LOCAL statement_timeout = ${queueStatementTimeoutMs}`);
      return (await manager.query(queueFigures)) as QueueRow[];
    });
    const now = this.clock.now().getTime();
    const secondsSince = (moment: Date | null) =>
      moment ? Math.max(0, (now - new Date(moment).getTime()) / 1000) : 0;

    const { queueWaiting, queueActive, queueFailed, queueOldestWait } = this.metrics;
    // Queues deleted since the last scrape disappear instead of keeping their last value.
    for (const gauge of [queueWaiting, queueActive, queueFailed, queueOldestWait]) gauge.reset();
    for (const row of rows) {
      queueWaiting.set({ queue: row.name }, row.waiting);
      queueActive.set({ queue: row.name }, row.active);
      queueFailed.set({ queue: row.name }, row.failed);
      queueOldestWait.set({ queue: row.name }, secondsSince(row.due_since));
    }

    const byName = new Map(rows.map((row) => [row.name, row]));
    this.metrics.searchIndexLag.set(
      secondsSince(byName.get(this.searchIndexQueue)?.pending_since ?? null),
    );
    for (const [mailClass, queue] of Object.entries(mailQueues)) {
      this.metrics.mailBacklog.set({ class: mailClass }, byName.get(queue)?.waiting ?? 0);
    }
  }
}
