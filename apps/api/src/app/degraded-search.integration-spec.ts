import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  createForumTestContext,
  createTestApp,
  type ForumTestContext,
  gql,
  type TestApp,
  withoutReputationLimits,
} from '@forum/api/testing';
import {
  freePort,
  type RunningMeilisearch,
  startEmbeddedMeilisearch,
} from '@forum/tools/dev-services';
import { featureModules } from '@forum/api/composition';

const searchDocument =
  'query S($query: String!) { search(query: $query, first: 5) { total hits { question { id } } } }';
const healthDocument = '{ health { status degraded database { status } search { status } } }';

describe('the API while Meilisearch is unreachable', () => {
  const masterKey = randomBytes(24).toString('hex');
  let dataDir: string;
  let port: number;
  let api: TestApp;
  let forum: ForumTestContext;
  let meilisearch: RunningMeilisearch | undefined;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'forum-meili-late-'));
    // Nothing listens on this port until the test starts a Meilisearch there.
    port = await freePort();
    api = await createTestApp(featureModules, {
      ...withoutReputationLimits,
      MEILI_URL: `http://127.0.0.1:${port}`,
      MEILI_MASTER_KEY: masterKey,
    });
    forum = createForumTestContext(api);
  }, 120_000);

  afterAll(async () => {
    await api?.close().catch(() => undefined);
    await meilisearch?.stop();
    await rm(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('starts, serves everything but search, and prepares search once Meilisearch answers', async () => {
    const asker = await forum.newUser();
    const questionId = await forum.newQuestion({
      author: asker,
      title: 'Quarterly ledger vanishes after the nightly sync',
      body: 'Asked while the search engine was unreachable.',
    });
    const page = await gql<{ question: { id: string; title: string } }>(api, {
      query: 'query Q($id: ID!) { question(id: $id) { id title } }',
      variables: { id: questionId },
    });
    expect(page.errors).toBeUndefined();
    expect(page.data?.question.title).toBe('Quarterly ledger vanishes after the nightly sync');

    const health = await gql<{ health: Record<string, unknown> }>(api, { query: healthDocument });
    expect(health.data?.health).toEqual({
      status: 'DEGRADED',
      degraded: ['search'],
      database: { status: 'UP' },
      search: { status: 'DOWN' },
    });
    const ready = await fetch(`${api.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'degraded', degraded: ['search'] });

    const unavailable = await gql(api, { query: searchDocument, variables: { query: 'ledger' } });
    expect(unavailable.errors?.[0]?.extensions).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      reason: 'SEARCH_UNAVAILABLE',
    });

    meilisearch = await startEmbeddedMeilisearch({ dataDir, port, masterKey });

    // The indexes are prepared by the background retry (at most 30 s apart) and the queued
    // index job is retried (at most 10 s apart): the question becomes searchable by itself.
    const deadline = Date.now() + 90_000;
    let found: string[] = [];
    while (Date.now() < deadline) {
      const response = await gql<{ search: { hits: Array<{ question: { id: string } }> } }>(api, {
        query: searchDocument,
        variables: { query: 'quarterly ledger' },
      });
      found = response.data?.search.hits.map((hit) => hit.question.id) ?? [];
      if (found.includes(questionId)) break;
      await sleep(250);
    }
    expect(found).toEqual([questionId]);

    let recovered: Record<string, unknown> | undefined;
    while (Date.now() < deadline) {
      recovered = (await gql<{ health: Record<string, unknown> }>(api, { query: healthDocument }))
        .data?.health;
      if (recovered?.['status'] === 'UP') break;
      await sleep(250);
    }
    expect(recovered).toMatchObject({ status: 'UP', degraded: [], search: { status: 'UP' } });
    // Waits up to 90 s for the background retries after Meilisearch starts.
  }, 180_000);
});
