import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getDataSourceToken } from '@nestjs/typeorm';
import { searchIndexQueue } from '@forum/api/community-search';
import { HealthModule } from '@forum/api/health';
import { JobQueue } from '@forum/api/jobs';
import { maxUntrustedOperationNames, otherOperation } from '@forum/api/metrics';
import {
  createForumTestContext,
  createTestApp,
  gql,
  type ForumTestContext,
  type TestApp,
} from '@forum/api/testing';
import type { DataSource } from 'typeorm';
import { featureModules, metricsModule } from '@forum/api/composition';

/** One sample of a scrape: `name{labels} value`. */
interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

function parseSamples(text: string): Sample[] {
  return text
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
      if (!match) throw new Error(`not a sample line: ${line}`);
      const labels = Object.fromEntries(
        [...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]),
      );
      return { name: match[1], labels, value: Number(match[3]) };
    });
}

/** The value of the one sample with this name and (at least) these labels. */
function valueOf(
  samples: Sample[],
  name: string,
  labels: Record<string, string> = {},
): number | undefined {
  const found = samples.filter(
    (sample) =>
      sample.name === name &&
      Object.entries(labels).every(([key, value]) => sample.labels[key] === value),
  );
  if (found.length > 1) throw new Error(`${found.length} samples of ${name} match`);
  return found[0]?.value;
}

async function scrape(api: TestApp, headers: Record<string, string> = {}) {
  const response = await fetch(`${api.url}/metrics`, { headers });
  return { response, samples: response.ok ? parseSamples(await response.text()) : [] };
}

const hour = 3600 * 1000;

describe('GET /metrics', () => {
  let api: TestApp;
  let forum: ForumTestContext;

  beforeAll(async () => {
    api = await createTestApp([...featureModules, metricsModule]);
    forum = createForumTestContext(api);
  });

  afterAll(async () => {
    await api?.close();
  });

  it('times GraphQL operations by name and type and counts the error codes clients saw', async () => {
    const questionId = await forum.newQuestion();
    const probe = 'query MetricsProbeQuestion($id: ID!) { question(id: $id) { id title } }';
    for (let i = 0; i < 3; i += 1) {
      const response = await gql(api, { query: probe, variables: { id: questionId } });
      expect(response.errors).toBeUndefined();
    }
    const refused = await gql(api, {
      query:
        'mutation MetricsProbeAnonymousAsk($input: AskQuestionInput!) { askQuestion(input: $input) { id } }',
      variables: { input: { productId: questionId, title: 'Anonymous', body: 'Not allowed' } },
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const unparsable = await gql(api, { query: 'query MetricsProbeBroken {' });
    const unparsableCode = unparsable.errors?.[0]?.extensions?.code;
    expect(unparsableCode).toBeDefined();

    const { response, samples } = await scrape(api);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');

    const query = { operation: 'MetricsProbeQuestion', type: 'query' };
    expect(valueOf(samples, 'forum_graphql_request_duration_seconds_count', query)).toBe(3);
    expect(
      valueOf(samples, 'forum_graphql_request_duration_seconds_bucket', { ...query, le: '+Inf' }),
    ).toBe(3);
    expect(valueOf(samples, 'forum_graphql_request_duration_seconds_sum', query)).toBeGreaterThan(
      0,
    );
    expect(
      samples.filter(
        (s) => s.name === 'forum_graphql_errors_total' && s.labels['operation'] === query.operation,
      ),
    ).toEqual([]);

    const ask = { operation: 'MetricsProbeAnonymousAsk', type: 'mutation' };
    expect(valueOf(samples, 'forum_graphql_request_duration_seconds_count', ask)).toBe(1);
    expect(
      valueOf(samples, 'forum_graphql_errors_total', { ...ask, code: 'UNAUTHENTICATED' }),
    ).toBe(1);
    // The helper's own AskQuestion went through too, without an error.
    expect(
      valueOf(samples, 'forum_graphql_request_duration_seconds_count', {
        operation: 'AskQuestion',
        type: 'mutation',
      }),
    ).toBeGreaterThanOrEqual(1);

    // A document that never parsed has no operation: its own label, not the name it claimed.
    const none = { operation: 'none', type: 'none' };
    expect(valueOf(samples, 'forum_graphql_request_duration_seconds_count', none)).toBe(1);
    expect(
      valueOf(samples, 'forum_graphql_errors_total', { ...none, code: String(unparsableCode) }),
    ).toBe(1);
  });

  it('reports the depth, waiting time and dead jobs of each queue, the mail backlog and the index lag', async () => {
    const jobs = api.app.get(JobQueue);
    const probeQueue = `metrics-probe-${Date.now()}`;
    await jobs.ensureQueue(probeQueue, { expireInSeconds: 60, heartbeatSeconds: 10 });
    // Nobody works this queue: one job due for an hour, two not due for an hour.
    await jobs.send(probeQueue, { n: 1 }, { startAfter: new Date(Date.now() - hour) });
    await jobs.send(probeQueue, { n: 2 }, { startAfter: new Date(Date.now() + hour) });
    await jobs.send(probeQueue, { n: 3 }, { startAfter: new Date(Date.now() + hour) });

    // Mail not due yet stays in the backlog; its worker does not take it.
    await jobs.send('mail.bulk', { probe: 1 }, { startAfter: new Date(Date.now() + hour) });
    await jobs.send('mail.bulk', { probe: 2 }, { startAfter: new Date(Date.now() + hour) });

    // A change recorded ten minutes ago whose index job is still waiting.
    const lagging = await jobs.send(
      searchIndexQueue,
      { type: 'question', ids: [] },
      { startAfter: new Date(Date.now() + hour) },
    );
    const dataSource = api.app.get<DataSource>(getDataSourceToken());
    await dataSource.query(
      `UPDATE pgboss.job SET created_on = now() - interval '10 minutes' WHERE id = $1`,
      [lagging],
    );

    // A mail given up on, kept as a dead letter.
    await dataSource.query(
      `INSERT INTO mail_dead_letter
         (job_id, template, mail_class, recipient, locale, attempts, last_error, queued_at, last_attempt_at)
       VALUES (gen_random_uuid(), 'notification', 'bulk', 'kim@example.com', 'en', 9, 'ECONNREFUSED',
               now() - interval '3 days', now())`,
    );

    // A job that fails without retries is dead.
    const deadQueue = `metrics-dead-${Date.now()}`;
    await jobs.ensureQueue(deadQueue, {
      retryLimit: 0,
      expireInSeconds: 60,
      heartbeatSeconds: 10,
    });
    await jobs.work(deadQueue, { pollingIntervalSeconds: 0.5 }, async () => {
      throw new Error('this job always fails');
    });
    await jobs.send(deadQueue, { n: 1 });

    let samples: Sample[] = [];
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      samples = (await scrape(api)).samples;
      if (valueOf(samples, 'forum_job_queue_failed', { queue: deadQueue }) === 1) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }

    expect(valueOf(samples, 'forum_job_queue_failed', { queue: deadQueue })).toBe(1);
    expect(valueOf(samples, 'forum_job_queue_waiting', { queue: deadQueue })).toBe(0);

    expect(valueOf(samples, 'forum_job_queue_waiting', { queue: probeQueue })).toBe(3);
    expect(valueOf(samples, 'forum_job_queue_active', { queue: probeQueue })).toBe(0);
    expect(valueOf(samples, 'forum_job_queue_failed', { queue: probeQueue })).toBe(0);
    const waited = valueOf(samples, 'forum_job_queue_oldest_wait_seconds', { queue: probeQueue });
    expect(waited).toBeGreaterThanOrEqual(3600);
    expect(waited).toBeLessThan(3660);

    expect(valueOf(samples, 'forum_mail_backlog', { class: 'bulk' })).toBe(2);
    expect(valueOf(samples, 'forum_mail_backlog', { class: 'transactional' })).toBe(0);
    expect(valueOf(samples, 'forum_mail_dead_letters')).toBe(1);

    const lag = valueOf(samples, 'forum_search_index_lag_seconds');
    expect(lag).toBeGreaterThanOrEqual(600);
    expect(lag).toBeLessThan(660);
    expect(valueOf(samples, 'forum_metrics_collector_up', { collector: 'job_queue' })).toBe(1);
  });

  it('reports the database pool and the process', async () => {
    const { samples } = await scrape(api);
    expect(valueOf(samples, 'forum_db_pool_max_connections')).toBe(api.config.database.poolSize);
    const idle = valueOf(samples, 'forum_db_pool_connections', { state: 'idle' }) ?? -1;
    const busy = valueOf(samples, 'forum_db_pool_connections', { state: 'busy' }) ?? -1;
    expect(idle).toBeGreaterThanOrEqual(0);
    expect(busy).toBeGreaterThanOrEqual(0);
    expect(idle + busy).toBeGreaterThan(0);
    expect(idle + busy).toBeLessThanOrEqual(api.config.database.poolSize);
    expect(valueOf(samples, 'forum_db_pool_waiting_clients')).toBe(0);
    expect(valueOf(samples, 'forum_metrics_collector_up', { collector: 'db_pool' })).toBe(1);

    expect(valueOf(samples, 'process_resident_memory_bytes')).toBeGreaterThan(0);
    const heapUsed = valueOf(samples, 'nodejs_heap_size_used_bytes') ?? 0;
    expect(heapUsed).toBeGreaterThan(0);
    expect(valueOf(samples, 'forum_nodejs_heap_limit_bytes')).toBeGreaterThan(heapUsed);
  });
});

describe('GET /metrics with METRICS_TOKEN and the web app manifest', () => {
  const token = 'metrics-token-for-the-test-0123456789';
  let api: TestApp;

  beforeAll(async () => {
    api = await createTestApp([HealthModule, metricsModule], {
      METRICS_TOKEN: token,
      TRUSTED_DOCUMENTS_MANIFEST: join(
        import.meta.dirname,
        '../../../../libs/web/data-access-graphql/src/generated/persisted-documents.json',
      ),
    });
  });

  afterAll(async () => {
    await api?.close();
  });

  it('answers 401 without the token or with another one, and the metrics with it', async () => {
    const without = await scrape(api);
    expect(without.response.status).toBe(401);
    expect(without.response.headers.get('www-authenticate')).toBe('Bearer');

    const wrong = await scrape(api, { authorization: `Bearer ${token}x` });
    expect(wrong.response.status).toBe(401);

    const right = await scrape(api, { authorization: `Bearer ${token}` });
    expect(right.response.status).toBe(200);
    expect(valueOf(right.samples, 'forum_db_pool_max_connections')).toBe(
      api.config.database.poolSize,
    );
  });

  it('keeps the names of the web app operations and folds names past the bound into other', async () => {
    const send = (name: string) => gql(api, { query: `query ${name} { health { status } }` });
    for (let i = 0; i < maxUntrustedOperationNames + 3; i += 1) {
      expect((await send(`Probe${i}`)).errors).toBeUndefined();
    }
    // "Viewer" is an operation of the web app: it keeps its name after the bound is reached.
    await send('Viewer');

    const { samples } = await scrape(api, { authorization: `Bearer ${token}` });
    const count = (operation: string) =>
      valueOf(samples, 'forum_graphql_request_duration_seconds_count', {
        operation,
        type: 'query',
      });
    expect(count('Probe0')).toBe(1);
    expect(count(`Probe${maxUntrustedOperationNames - 1}`)).toBe(1);
    expect(count(`Probe${maxUntrustedOperationNames}`)).toBeUndefined();
    expect(count(otherOperation)).toBe(3);
    expect(count('Viewer')).toBe(1);
  });

  it('still answers when the database is gone, marking its collectors down', async () => {
    await api.app.get<DataSource>(getDataSourceToken()).destroy();
    const { response, samples } = await scrape(api, { authorization: `Bearer ${token}` });
    expect(response.status).toBe(200);
    expect(valueOf(samples, 'forum_metrics_collector_up', { collector: 'job_queue' })).toBe(0);
    expect(valueOf(samples, 'forum_metrics_collector_up', { collector: 'db_pool' })).toBe(0);
    expect(valueOf(samples, 'process_resident_memory_bytes')).toBeGreaterThan(0);
  });
});
