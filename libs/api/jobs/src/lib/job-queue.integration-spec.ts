import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { createDataSourceOptions } from '@forum/api/database';
import { DatabaseConfig } from '@forum/api/platform';
import { createTestDatabase, type TestDatabase } from '@forum/api/test-env';
import { DataSource } from 'typeorm';
import { JobQueue, type QueueOptions } from './job-queue.js';

const options: QueueOptions = { expireInSeconds: 60, heartbeatSeconds: 10 };

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

  it('refuses to enqueue "in a transaction" outside one', async () => {
    const queue = await startQueue();
    expect(() => queue.sendInTransaction(dataSource.manager, 'transactional', {})).toThrow(
      /inside a transaction/,
    );
  });
});
