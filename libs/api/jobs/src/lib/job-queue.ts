import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { DatabaseConfig } from '@forum/api/platform';
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

export type QueueOptions = Omit<Queue, 'name'>;
export type RetryOptions = Pick<
  QueueOptions,
  'retryLimit' | 'retryDelay' | 'retryBackoff' | 'retryDelayMax' | 'retentionSeconds'
>;
export type { Job, JobResult, WorkOptions };

/**
 * The durable job queue (pg-boss, in its own `pgboss` schema). Jobs live in PostgreSQL, so a job
 * enqueued in the same transaction as a write exists exactly when the write does, survives
 * restarts and is shared by every API replica (`SKIP LOCKED`).
 */
@Injectable()
export class JobQueue implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(JobQueue.name);
  private readonly boss: PgBoss;

  constructor(config: DatabaseConfig) {
    this.boss = new PgBoss({
      connectionString: config.url,
      schema: 'pgboss',
      max: 4,
      application_name: 'forum-jobs',
      // Workers on queues created with `notify: true` wake when a job commits instead of polling.
      useListenNotify: true,
    });
    this.boss.on('error', (error) => this.logger.error({ err: error }, 'Job queue error'));
  }

  async onModuleInit(): Promise<void> {
    await this.boss.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.boss.stop({ graceful: true, timeout: 10_000 });
  }

  /** Creates the queue when it does not exist yet; safe to call at every start. */
  async ensureQueue(name: string, options: QueueOptions = {}): Promise<void> {
    if (!(await this.boss.getQueue(name))) await this.boss.createQueue(name, options);
  }

  /**
   * Brings an existing queue's retry and retention options up to the given ones; `ensureQueue`
   * leaves a queue as it was created. Jobs already queued keep the options they were sent with.
   */
  async updateRetries(name: string, options: RetryOptions): Promise<void> {
    await this.boss.updateQueue(name, options);
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
   * rows keyed by queue name, so every replica may call this at start; one job is sent per tick.
   */
  schedule(name: string, cron: string, data: object = {}, options: ScheduleOptions = {}) {
    return this.boss.schedule(name, cron, data, options);
  }

  work<T extends object>(
    name: string,
    options: WorkOptions,
    handler: (jobs: Job<T>[]) => Promise<unknown>,
  ): Promise<string> {
    return this.boss.work<T>(name, options, handler);
  }

  /** Throws unless the queue's schema is installed and the database answers. */
  async check(): Promise<void> {
    if (!(await this.boss.isInstalled())) throw new Error('job queue schema is not installed');
  }
}
