import {
  Injectable,
  Logger,
  type OnApplicationShutdown,
  type OnModuleInit,
  Optional,
} from '@nestjs/common';
import { DatabaseConfig, JobsConfig } from '@forum/api/platform';
import {
  PgBoss,
  type Job,
  type JobResult,
  type Queue,
  type ScheduleOptions,
  type SendOptions,
  type WorkOptions,
} from 'pg-boss';
import type { EntityManager } from 'typeorm';

/**
 * How a queue treats its jobs. Every queue chooses how long a job may run (`expireInSeconds`) and
 * how often its worker proves it is alive (`heartbeatSeconds`, at least 10): a job held by a
 * process that died (a `kill -9`, the OOM killer) goes back to the queue once its heartbeat is
 * that many seconds old, instead of waiting out pg-boss's default 15 minutes.
 */
export interface QueueOptions extends Omit<Queue, 'name'> {
  expireInSeconds: number;
  heartbeatSeconds: number;
}
export type { Job, JobResult, WorkOptions };

/** How often expired jobs and missed heartbeats are looked for (pg-boss's default: 60 s). */
const superviseIntervalSeconds = 5;
/** How often the unreachable queue database is tried again to report it back. */
const outageProbeMs = 2_000;

/** The options `ensureQueue` keeps in step with the installed queue. */
const comparedOptions = [
  'expireInSeconds',
  'heartbeatSeconds',
  'retryLimit',
  'retryDelay',
  'retryBackoff',
  'retryDelayMax',
  'retentionSeconds',
  'deleteAfterSeconds',
  'deadLetter',
  'notify',
] as const satisfies ReadonlyArray<keyof QueueOptions>;

/**
 * The durable job queue (pg-boss, in its own `pgboss` schema). Jobs live in PostgreSQL, so a job
 * enqueued in the same transaction as a write exists exactly when the write does, survives
 * restarts and is shared by every process (`SKIP LOCKED`). Processes started with
 * `FORUM_WORKERS=off` enqueue, create queues and schedules, but work none of them.
 */
@Injectable()
export class JobQueue implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(JobQueue.name);
  private readonly boss: PgBoss;
  /** Set while the queue's database is unreachable: one line when it goes, one when it is back. */
  private outage: { since: number; errors: number; probe: NodeJS.Timeout } | null = null;
  private stopped = false;

  constructor(
    config: DatabaseConfig,
    // Optional: a process assembled without the whole configuration (a test of one module) works.
    @Optional() private readonly jobsConfig: JobsConfig = new JobsConfig(),
  ) {
    this.boss = new PgBoss({
      connectionString: config.url,
      schema: 'pgboss',
      max: 4,
      application_name: 'forum-jobs',
      // Workers on queues created with `notify: true` wake when a job commits instead of polling.
      // pg-boss re-opens the listening connection itself after PostgreSQL restarts (backing off up
      // to 30 s); the heartbeat below finds a silently dropped one within 5 s, and workers whose
      // latency matters poll as a backstop while it is away (`notifyPollingIntervalSeconds`).
      useListenNotify: true,
      notifyHeartbeatIntervalMs: 5_000,
      superviseIntervalSeconds,
      monitorIntervalSeconds: superviseIntervalSeconds,
    });
    this.boss.on('error', (error) => void this.onError(error));
  }

  async onModuleInit(): Promise<void> {
    await this.boss.start();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.outage) clearInterval(this.outage.probe);
    // Graceful: workers take no new jobs and the jobs in hand finish (up to the timeout).
    await this.boss.stop({ graceful: true, timeout: 10_000 });
  }

  /** Whether this process works queues (`FORUM_WORKERS`). */
  get working(): boolean {
    return this.jobsConfig.workers;
  }

  /**
   * Creates the queue, or brings an installed one to these options, so a changed expiry or
   * heartbeat reaches databases installed before the change. Safe to call at every start.
   */
  async ensureQueue(name: string, options: QueueOptions): Promise<void> {
    const installed = await this.boss.getQueue(name);
    if (!installed) {
      await this.boss.createQueue(name, options);
      return;
    }
    const changed = Object.fromEntries(
      comparedOptions
        .filter((key) => options[key] !== undefined && options[key] !== installed[key])
        .map((key) => [key, options[key]]),
    );
    if (Object.keys(changed).length > 0) {
      await this.boss.updateQueue(name, changed);
      this.logger.log({ queue: name, changed }, 'Queue options updated');
    }
  }

  send(name: string, data: object, options: SendOptions = {}): Promise<string | null> {
    return this.boss.send(name, data, options);
  }

  /**
   * Enqueues inside the caller's transaction: the job commits or rolls back with the write that
   * caused it, so no change is ever left without its follow-up work.
   */
  sendInTransaction(
    manager: EntityManager,
    name: string,
    data: object,
    options: SendOptions = {},
  ): Promise<string | null> {
    const queryRunner = manager.queryRunner;
    if (!queryRunner?.isTransactionActive) {
      throw new Error('sendInTransaction needs an EntityManager inside a transaction');
    }
    const db = {
      executeSql: async (text: string, values?: unknown[]) => ({
        rows: (await queryRunner.query(text, values, true)).records,
      }),
    };
    return this.boss.send(name, data, { ...options, db });
  }

  /**
   * Sends a job to the queue on a cron schedule (UTC unless `tz` says otherwise). Schedules are
   * rows keyed by queue name, so every process may call this at start; one job is sent per tick,
   * taken by whichever process works the queue.
   */
  schedule(name: string, cron: string, data: object = {}, options: ScheduleOptions = {}) {
    return this.boss.schedule(name, cron, data, options);
  }

  /**
   * Works the queue in this process, unless it runs with `FORUM_WORKERS=off`: then the jobs wait
   * for a process that works them (the worker). Returns the worker's id, or null.
   */
  async work<T extends object>(
    name: string,
    options: WorkOptions,
    handler: (jobs: Job<T>[]) => Promise<unknown>,
  ): Promise<string | null> {
    if (!this.working) return null;
    return this.boss.work<T>(name, options, handler);
  }

  /** Throws unless the queue's schema is installed and the database answers. */
  async check(): Promise<void> {
    if (!(await this.boss.isInstalled())) throw new Error('job queue schema is not installed');
  }

  /**
   * pg-boss reports every failed poll, heartbeat and maintenance pass. While PostgreSQL is away
   * that is several lines a second, so an outage is told once when it starts and once when the
   * database answers again; other errors are logged as they come.
   */
  private async onError(error: Error): Promise<void> {
    if (this.outage) {
      this.outage.errors += 1;
      return;
    }
    if (!this.stopped && !lostConnection(error) && (await this.reachable())) {
      this.logger.error({ err: error }, 'Job queue error');
      return;
    }
    if (this.outage || this.stopped) return;
    this.logger.error(
      { err: error },
      'Job queue lost its database; jobs wait in PostgreSQL until it is back',
    );
    const since = Date.now();
    const probe = setInterval(() => void this.probeOutage(), outageProbeMs);
    probe.unref();
    this.outage = { since, errors: 1, probe };
  }

  private async probeOutage(): Promise<void> {
    const outage = this.outage;
    if (!outage || !(await this.reachable()) || this.outage !== outage) return;
    clearInterval(outage.probe);
    this.outage = null;
    this.logger.log(
      { downSeconds: Math.round((Date.now() - outage.since) / 1000), errors: outage.errors },
      'Job queue reaches its database again',
    );
  }

  private async reachable(): Promise<boolean> {
    try {
      await this.check();
      return true;
    } catch {
      return false;
    }
  }
}

/**
 * Errors that say the connection is gone (PostgreSQL stopping or restarting, the network): the
 * first of them starts an outage even if a pooled connection still answers for a moment.
 */
function lostConnection(error: Error): boolean {
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (/^(08|57P0)/.test(code) || code.startsWith('ECONN')))
    return true;
  return /connection (terminated|ended)|terminating connection|timeout exceeded when trying to connect/i.test(
    error.message,
  );
}
