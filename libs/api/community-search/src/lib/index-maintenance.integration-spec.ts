import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SearchClient } from '@forum/api/search';
import {
  createForumTestContext,
  createTestApp,
  type ForumTestContext,
  gql,
  query,
  type TestApp,
  withoutReputationLimits,
} from '@forum/api/testing';
import { CommunitySearchModule } from './community-search.module.js';
import { IndexMaintenance } from './index-maintenance.js';
import { type PostDocument, postsIndex } from './posts.index.js';
import { indexConverged, searchDocument, type SearchResponse } from './search.test-helpers.js';

describe('IndexMaintenance', () => {
  let api: TestApp;
  let forum: ForumTestContext;
  let maintenance: IndexMaintenance;
  let search: SearchClient;
  const questionIds: string[] = [];

  beforeAll(async () => {
    api = await createTestApp([CommunitySearchModule], withoutReputationLimits);
    forum = createForumTestContext(api);
    maintenance = api.app.get(IndexMaintenance);
    search = api.app.get(SearchClient);
    const productId = await forum.newProduct({ slug: 'exports', name: 'Exports' });
    const asker = await forum.newUser();
    for (let i = 0; i < 30; i++) {
      questionIds.push(
        await forum.newQuestion({
          author: asker,
          title: `Scheduled export number ${i} arrives empty`,
          body: `The export job ${i} writes a file without rows.`,
          productId,
          tags: ['export'],
        }),
      );
    }
    await indexConverged(api);
  }, 60_000);

  afterAll(async () => {
    await api?.close();
  });

  it('reports missing, stale and extra documents and repairs them', async () => {
    const index = search.index<PostDocument>(postsIndex.uid);
    const [missing, stale] = questionIds as [string, string];
    await search.waitForTask(await index.deleteDocuments([missing]));
    // A change that reached the database without its index job.
    await query(api, "UPDATE question SET title = 'Scheduled export arrives twice' WHERE id = $1", [
      stale,
    ]);
    const stray = {
      ...(await index.getDocument(stale)),
      id: '00000000-0000-4000-8000-000000000000',
    };
    await search.waitForTask(await index.addDocuments([stray]));

    const report = await maintenance.check();
    expect(report.checked).toBe(30);
    expect(report.missing).toEqual([{ type: 'question', id: missing }]);
    expect(report.stale).toEqual([{ type: 'question', id: stale }]);
    expect(report.extra).toEqual([{ type: 'question', id: stray.id }]);

    expect(await maintenance.repair(report)).toBe(3);
    await indexConverged(api);
    expect((await index.getDocument(stale)).title).toBe('Scheduled export arrives twice');
  });

  it('rebuilds into a new index and swaps it in while searches keep answering', async () => {
    const index = search.index<PostDocument>(postsIndex.uid);
    await search.waitForTask(await index.deleteDocuments([questionIds[5]!]));
    let searching = true;
    const answered: number[] = [];
    const failures: unknown[] = [];
    const searches = (async () => {
      while (searching) {
        const response = await gql<{ search: SearchResponse }>(api, {
          query: searchDocument,
          variables: { query: 'scheduled export', first: 50 },
        });
        if (response.data) answered.push(response.data.search.total);
        else failures.push(response.errors);
      }
    })();
    const rebuilt = await maintenance.rebuild();
    searching = false;
    await searches;

    expect(rebuilt.documents).toBe(30);
    expect(failures).toEqual([]);
    expect(answered.length).toBeGreaterThan(0);
    // The old index (one document removed) answered until the swap, the rebuilt one after it.
    expect(new Set(answered)).toEqual(new Set([29, 30]));
    expect(answered.at(-1)).toBe(30);
    const report = await maintenance.check();
    expect(report.missing.length + report.stale.length + report.extra.length).toBe(0);
    expect(await search.listIndexes()).toEqual([postsIndex.uid]);
  });
});
