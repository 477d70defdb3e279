import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SearchClient } from '@forum/api/search';
import {
  createForumTestContext,
  createTestApp,
  type ForumTestContext,
  query,
  type TestApp,
  withoutReputationLimits,
} from '@forum/api/testing';
import { CommunitySearchModule } from './community-search.module.js';
import {
  IndexReconciliation,
  searchReconcileCron,
  searchReconcileQueue,
} from './index-reconciliation.js';
import { type PostDocument, postsIndex } from './posts.index.js';
import { indexConverged } from './search.test-helpers.js';

describe('IndexReconciliation', () => {
  let api: TestApp;
  let forum: ForumTestContext;
  let search: SearchClient;
  const questionIds: string[] = [];

  beforeAll(async () => {
    api = await createTestApp([CommunitySearchModule], {
      ...withoutReputationLimits,
      SEARCH_RECONCILE_WINDOW_MINUTES: '60',
    });
    forum = createForumTestContext(api);
    search = api.app.get(SearchClient);
    const productId = await forum.newProduct({ slug: 'backups', name: 'Backups' });
    const asker = await forum.newUser();
    for (let i = 0; i < 4; i++) {
      questionIds.push(
        await forum.newQuestion({
          author: asker,
          title: `Nightly backup ${i} stops halfway`,
          body: `The backup job ${i} ends without an error.`,
          productId,
          tags: ['backup'],
        }),
      );
    }
    await indexConverged(api);
  }, 60_000);

  afterAll(async () => {
    await api?.close();
  });

  /** The post's document once the indexer wrote it (with this title, when given). */
  async function documentOnceThere(id: string, title?: string): Promise<PostDocument> {
    const index = search.index<PostDocument>(postsIndex.uid);
    const deadline = Date.now() + 30_000;
    for (;;) {
      const document = await index.getDocument(id).catch(() => null);
      if (document && (title === undefined || document.title === title)) return document;
      if (Date.now() > deadline) throw new Error(`No up-to-date document for ${id}`);
      await sleep(100);
    }
  }

  it('is scheduled every five minutes', async () => {
    const rows = await query(api, 'SELECT cron FROM pgboss.schedule WHERE name = $1', [
      searchReconcileQueue,
    ]);
    expect(rows).toEqual([{ cron: searchReconcileCron }]);
  });

  it('repairs recently changed posts whose index job was lost, in one run, and leaves older ones', async () => {
    const index = search.index<PostDocument>(postsIndex.uid);
    const [lostDocument, lostJob, old] = questionIds as [string, string, string];
    // A document gone from the index (a Meilisearch volume restored from an older snapshot).
    await search.waitForTask(await index.deleteDocuments([lostDocument]));
    // A change that reached the database without its index job (a job row lost).
    await query(
      api,
      "UPDATE question SET title = 'Nightly backup stops at 80 percent', updated_at = now() WHERE id = $1",
      [lostJob],
    );
    // A post last changed before the window: the bounded run does not look at it.
    await query(
      api,
      `UPDATE question SET updated_at = now() - interval '2 hours',
                           last_activity_at = now() - interval '2 hours' WHERE id = $1`,
      [old],
    );
    await query(api, `UPDATE answer SET updated_at = now() - interval '2 hours'`);
    await search.waitForTask(await index.deleteDocuments([old]));

    const queued = await api.app.get(IndexReconciliation).reconcile();

    expect(queued).toBe(2);
    expect(await documentOnceThere(lostDocument)).toMatchObject({ id: lostDocument });
    expect(await documentOnceThere(lostJob, 'Nightly backup stops at 80 percent')).toMatchObject({
      title: 'Nightly backup stops at 80 percent',
    });
    await expect(index.getDocument(old)).rejects.toThrow();
    expect(await api.app.get(IndexReconciliation).reconcile()).toBe(0);
  });
});
