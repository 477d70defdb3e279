import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { featureModules } from '@forum/api/composition';
import { indexWriteLock, searchIndexQueue } from '@forum/api/community-search';
import {
  childEnvironment,
  createForumTestContext,
  createTestConfig,
  type ForumTestContext,
  gqlData,
  query,
  startTestApp,
  type TestApp,
  withoutReputationLimits,
} from '@forum/api/testing';
import pg from 'pg';
import {
  eventually,
  type NodeProcess,
  type SearchData,
  searchQuery,
  startWorker,
} from './processes.test-helpers.js';

/**
 * A worker killed while it holds an index batch: the batch is not lost and does not wait out its
 * expiry. The next worker takes it once the dead one's heartbeat is missed.
 */
describe('a worker killed while it holds an index batch', () => {
  let api: TestApp;
  let forum: ForumTestContext;
  let env: Record<string, string>;
  const children: NodeProcess[] = [];
  let lock: pg.Client;

  beforeAll(async () => {
    // The API of this test works no queue: only the worker processes index.
    const shared = await createTestConfig({ ...withoutReputationLimits, FORUM_WORKERS: 'off' });
    env = childEnvironment(shared, withoutReputationLimits);
    api = await startTestApp(shared, featureModules);
    forum = createForumTestContext(api);
    lock = new pg.Client({ connectionString: api.config.database.url });
    await lock.connect();
  }, 120_000);

  afterAll(async () => {
    for (const child of children) await child.stop('SIGKILL');
    await lock?.end();
    await api?.close();
  });

  it('is taken by the next worker, and the post is searchable within 60 s of its start', async () => {
    const first = await startWorker(env, 'worker 1');
    children.push(first);
    // The batch blocks on the lock every index batch takes, so the worker holds it, active.
    await lock.query('SELECT pg_advisory_lock($1)', [indexWriteLock]);
    const title = `Invoice numbers skip ${Date.now()} after the upgrade`;
    const questionId = await forum.newQuestion({ title });
    const held = await eventually(
      () =>
        query<{ id: string; state: string }>(
          api,
          `SELECT id, state FROM pgboss.job WHERE name = $1 AND data->'ids' ? $2`,
          [searchIndexQueue, questionId],
        ),
      (rows) => rows[0]?.state === 'active',
      30_000,
    );

    await first.stop('SIGKILL');
    await lock.query('SELECT pg_advisory_unlock($1)', [indexWriteLock]);
    const spawned = Date.now();
    const second = await startWorker(env, 'worker 2');
    children.push(second);
    const started = Date.now();
    await eventually(
      () => gqlData<SearchData>(api, { query: searchQuery, variables: { query: title } }),
      (data) => data.search.hits.some((hit) => hit.question?.id === questionId),
      60_000,
    );
    const searchable = Date.now();

    const [job] = await query<{ state: string; retry_count: number }>(
      api,
      'SELECT state, retry_count FROM pgboss.job WHERE id = $1',
      [held[0]!.id],
    );
    // The very batch the dead worker held, taken again: not a new job.
    expect(job).toEqual({ state: 'completed', retry_count: 1 });
    expect(searchable - started).toBeLessThan(60_000);
    process.stdout.write(
      `Searchable ${((searchable - started) / 1000).toFixed(1)} s after the new worker started ` +
        `(${((searchable - spawned) / 1000).toFixed(1)} s after it was spawned)\n`,
    );
  }, 240_000);
});
