import { getHeapStatistics } from 'node:v8';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * Every metric the API exposes at `/metrics`, in one registry of its own (not prom-client's
 * global one, so several apps in one process, as in tests, never share series). The list with
 * meanings and alert rules is in docs/operations.md, "Metrics and alerts".
 */
export class ForumMetrics {
  readonly registry = new Registry();

  readonly graphqlDuration = new Histogram({
    name: 'forum_graphql_request_duration_seconds',
    help: 'Time from receiving a GraphQL request to sending its response, by operation name and type.',
    labelNames: ['operation', 'type'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly graphqlErrors = new Counter({
    name: 'forum_graphql_errors_total',
    help: 'GraphQL responses carrying an error, by operation and the error code the client saw (extensions.code); a response counts once per code.',
    labelNames: ['operation', 'type', 'code'] as const,
    registers: [this.registry],
  });

  readonly queueWaiting = new Gauge({
    name: 'forum_job_queue_waiting',
    help: 'Jobs waiting in a queue: created or waiting for a retry, including those not due yet.',
    labelNames: ['queue'] as const,
    registers: [this.registry],
  });

  readonly queueActive = new Gauge({
    name: 'forum_job_queue_active',
    help: 'Jobs a worker is running now.',
    labelNames: ['queue'] as const,
    registers: [this.registry],
  });

  readonly queueFailed = new Gauge({
    name: 'forum_job_queue_failed',
    help: 'Jobs that failed after their last retry (dead), as long as the queue keeps them.',
    labelNames: ['queue'] as const,
    registers: [this.registry],
  });

  readonly queueOldestWait = new Gauge({
    name: 'forum_job_queue_oldest_wait_seconds',
    help: 'How long the job that has been due longest is waiting for a worker; 0 when none is due.',
    labelNames: ['queue'] as const,
    registers: [this.registry],
  });

  readonly searchIndexLag = new Gauge({
    name: 'forum_search_index_lag_seconds',
    help: 'Age of the oldest change not yet in the search index (its index job is waiting, retrying or running); 0 when the index is up to date.',
    registers: [this.registry],
  });

  readonly mailBacklog = new Gauge({
    name: 'forum_mail_backlog',
    help: 'Mails waiting to be sent, by mail class.',
    labelNames: ['class'] as const,
    registers: [this.registry],
  });

  readonly dbPoolOpen = new Gauge({
    name: 'forum_db_pool_connections',
    help: 'Connections the API holds in its PostgreSQL pool, by state (idle or busy).',
    labelNames: ['state'] as const,
    registers: [this.registry],
  });

  readonly dbPoolWaiting = new Gauge({
    name: 'forum_db_pool_waiting_clients',
    help: 'Queries waiting for a free connection of the pool.',
    registers: [this.registry],
  });

  readonly dbPoolMax = new Gauge({
    name: 'forum_db_pool_max_connections',
    help: 'The size limit of the pool (DATABASE_POOL_SIZE).',
    registers: [this.registry],
  });

  readonly collectorUp = new Gauge({
    name: 'forum_metrics_collector_up',
    help: '1 when a collector read its figures in this scrape, 0 when it failed (the figures keep their last value).',
    labelNames: ['collector'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
    new Gauge({
      name: 'forum_nodejs_heap_limit_bytes',
      help: 'The V8 heap limit of this process (--max-old-space-size): the heap cannot grow past it.',
      registers: [this.registry],
      collect() {
        this.set(getHeapStatistics().heap_size_limit);
      },
    });
  }
}
