import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SearchClient } from '@forum/api/search';
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
import { CommunitySearchModule } from './community-search.module.js';
import { type PostDocument, postsIndex } from './posts.index.js';
import { indexConverged, searchDocument, type SearchResponse } from './search.test-helpers.js';

describe('search while Meilisearch is down', () => {
  let dataDir: string;
  let port: number;
  const masterKey = randomBytes(24).toString('hex');
  let meilisearch: RunningMeilisearch;
  let api: TestApp;
  let forum: ForumTestContext;

  const startMeilisearch = () => startEmbeddedMeilisearch({ dataDir, port, masterKey });

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'forum-meili-'));
    port = await freePort();
    meilisearch = await startMeilisearch();
    api = await createTestApp([CommunitySearchModule], {
      ...withoutReputationLimits,
      MEILI_URL: meilisearch.url,
      MEILI_MASTER_KEY: masterKey,
    });
    forum = createForumTestContext(api);
    // Starts its own Meilisearch besides the app: a spawn on a machine that may be busy.
  }, 120_000);

  afterAll(async () => {
    await api?.close().catch(() => undefined);
    await meilisearch?.stop();
    await rm(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('keeps accepting posts, answers searches with a typed error, and loses nothing', async () => {
    const productId = await forum.newProduct({ slug: 'outage', name: 'Outage' });
    const asker = await forum.newUser();
    await meilisearch.stop();

    const unavailable = await gql(api, { query: searchDocument, variables: { query: 'export' } });
    expect(unavailable.errors?.[0]?.extensions).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      reason: 'SEARCH_UNAVAILABLE',
    });
    expect(unavailable.errors?.[0]?.message).toBe(
      'Search is temporarily unavailable. Please try again in a moment.',
    );

    const written: string[] = [];
    for (let batch = 0; batch < 10; batch++) {
      written.push(
        ...(await Promise.all(
          Array.from({ length: 20 }, (_, i) =>
            forum.newQuestion({
              author: asker,
              title: `Offline question number ${batch * 20 + i} about exports`,
              body: 'Written while the search engine was down.',
              productId,
            }),
          ),
        )),
      );
    }
    expect(new Set(written).size).toBe(200);

    meilisearch = await startMeilisearch();
    await indexConverged(api, 60_000);

    const index = api.app.get(SearchClient).index<PostDocument>(postsIndex.uid);
    const { results, total } = await index.getDocuments({ fields: ['id'], limit: 1000 });
    expect(total).toBe(200);
    expect(new Set(results.map((document) => document.id))).toEqual(new Set(written));
    const found = await gql<{ search: SearchResponse }>(api, {
      query: searchDocument,
      variables: { query: 'offline exports', first: 1 },
    });
    expect(found.data?.search.total).toBe(200);
    // Stops and restarts Meilisearch, then waits up to a minute for the index to catch up.
  }, 180_000);
});
