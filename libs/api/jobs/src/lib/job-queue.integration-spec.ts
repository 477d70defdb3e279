import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { ConsoleLogger, Logger } from '@nestjs/common';
import { createDataSourceOptions } from '@forum/api/database';
import { DatabaseConfig } from '@forum/api/platform';
import { createTestDatabase, readTestEnvironment, type TestDatabase } from '@forum/api/test-env';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { JobQueue, type QueueOptions } from './job-queue.js';

const options: QueueOptions = { expireInSeconds: 60, heartbeatSeconds: 10 };

async function waitFor(check: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms`);
    await sleep(100);
  }
}

describe('JobQueue', () => {
  let database: TestDatabase;
  let config: DatabaseConfig;
  let dataSource: DataSource;
  const queues: JobQueue[] = [];

  async function startQueue(): Promise<JobQueue> {
    const queue = new JobQueue(config);
    await queue.onModuleInit();
    queues.push(queue);
    return queue;
  }

  async function stopQueue(queue: JobQueue): Promise<void> {
    queues.splice(queues.indexOf(queue), 1);
    await queue.onApplicationShutdown();
  }

  /** The first `count` jobs a worker takes; fails with what arrived when they take too long. */
  function collect<T extends object>(
    queue: JobQueue,
    name: string,
    count: number,
    timeoutMs = 45_000,
  ): Promise<T[]> {
    const seen: T[] = [];
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`${seen.length} of ${count} "${name}" jobs within ${timeoutMs} ms`)),
        timeoutMs,
      );
      void queue.work<T>(name, { pollingIntervalSeconds: 0.5 }, async (jobs) => {
        seen.push(...jobs.map((job) => job.data));
        if (seen.length >= count) {
          clearTimeout(timer);
          resolve(seen);
        }
      });
    });
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    config = new DatabaseConfig(database.url, 2);
    dataSource = await new DataSource(createDataSourceOptions(config)).initialize();
  });

  afterEach(async () => {
    for (const queue of [...queues]) await stopQueue(queue);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('installs its schema and reports healthy', async () => {
    const queue = await startQueue();
    await expect(queue.check()).resolves.toBeUndefined();
    await queue.ensureQueue('health-probe', options);
    await queue.ensureQueue('health-probe', options);
  });

  it('brings an installed queue to the options its code now chooses', async () => {
    const queue = await startQueue();
    await queue.ensureQueue('resized', { expireInSeconds: 900, heartbeatSeconds: 60 });
    await queue.ensureQueue('resized', { expireInSeconds: 120, heartbeatSeconds: 10 });
    const [row] = await dataSource.query(
      "SELECT expire_seconds, heartbeat_seconds FROM pgboss.queue WHERE name = 'resized'",
    );
    expect(row).toEqual({ expire_seconds: 120, heartbeat_seconds: 10 });
  });

  it('keeps jobs across a restart until a worker takes them', async () => {
    const producer = await startQueue();
    await producer.ensureQueue('durable', options);
    await producer.send('durable', { n: 1 });
    await producer.send('durable', { n: 2 });
    await stopQueue(producer);

    const consumer = await startQueue();
    const processed = await collect<{ n: number }>(consumer, 'durable', 2);
    expect(processed.map((data) => data.n).sort()).toEqual([1, 2]);
  });

  it('enqueues only when the surrounding transaction commits', async () => {
    const queue = await startQueue();
    await queue.ensureQueue('transactional', options);

    await expect(
      dataSource.transaction(async (manager) => {
        await queue.sendInTransaction(manager, 'transactional', { outcome: 'rolled back' });
        throw new Error('the write failed');
      }),
    ).rejects.toThrow('the write failed');
    await dataSource.transaction((manager) =>
      queue.sendInTransaction(manager, 'transactional', { outcome: 'committed' }),
    );

    const rows: Array<{ data: { outcome: string } }> = await dataSource.query(
      "SELECT data FROM pgboss.job WHERE name = 'transactional'",
    );
    expect(rows.map((row) => row.data.outcome)).toEqual(['committed']);
    const processed = await collect<{ outcome: string }>(queue, 'transactional', 1);
    expect(processed).toEqual([{ outcome: 'committed' }]);
  });

  it('tells a database outage in two lines and wakes its workers soon after', async () => {
    const lines: string[] = [];
    // Every line the process logs, as its words: the structured fields are left out.
    const collect = (...parts: unknown[]) =>
      lines.push(parts.filter((part) => typeof part === 'string').join(' '));
    Logger.overrideLogger({
      log: collect,
      error: collect,
      warn: collect,
      debug: collect,
      verbose: collect,
    });
    try {
      const queue = await startQueue();
      await queue.ensureQueue('after-outage', { ...options, notify: true });
      const processed: number[] = [];
      await queue.work<{ n: number }>(
        'after-outage',
        { pollingIntervalSeconds: 2, notifyPollingIntervalSeconds: 2 },
        async (jobs) => {
          processed.push(...jobs.map((job) => job.data.n));
        },
      );

      // What a PostgreSQL restart does to the queue: its connections end, new ones are refused.
      const admin = new pg.Client({ connectionString: readTestEnvironment().adminDatabaseUrl });
      await admin.connect();
      try {
        await admin.query(`ALTER DATABASE "${database.name}" WITH ALLOW_CONNECTIONS false`);
        await admin.query(
          "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND application_name = 'forum-jobs'",
          [database.name],
        );
        await sleep(8_000);
      } finally {
        await admin.query(`ALTER DATABASE "${database.name}" WITH ALLOW_CONNECTIONS true`);
        await admin.end();
      }
      await waitFor(
        () => lines.some((line) => line.includes('reaches its database again')),
        30_000,
      );

      expect(lines.filter((line) => line.includes('lost its database'))).toHaveLength(1);
      expect(lines.filter((line) => line.includes('reaches its database again'))).toHaveLength(1);
      expect(lines.filter((line) => line.startsWith('Job queue error'))).toEqual([]);

      const sent = Date.now();
      await queue.send('after-outage', { n: 1 });
      await waitFor(() => processed.includes(1), 30_000);
      expect(Date.now() - sent).toBeLessThan(5_000);
    } finally {
      Logger.overrideLogger(new ConsoleLogger());
    }
  }, 90_000);

  it('refuses to enqueue "in a transaction" outside one', async () => {
    const queue = await startQueue();
    expect(() => queue.sendInTransaction(dataSource.manager, 'transactional', {})).toThrow(
      /inside a transaction/,
    );
  });
});
