import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { differenceCount, IndexMaintenance } from '@forum/api/community-search';
import {
  createForumTestContext,
  createTestApp,
  gqlData,
  type ForumTestContext,
  type TestApp,
} from '@forum/api/testing';
import { databaseUrlFor, readTestEnvironment } from '@forum/api/test-env';
import {
  backupDatabase,
  reindexSearch,
  RestoreRefusedError,
  restoreDatabase,
} from '@forum/tools/backup';
import pg from 'pg';
import { featureModules } from '@forum/api/composition';

/** The question page and the question list exactly as the web app asks for them. */
const manifest = JSON.parse(
  readFileSync(
    join(
      import.meta.dirname,
      '../../../../libs/web/data-access-graphql/src/generated/persisted-documents.json',
    ),
    'utf8',
  ),
) as Record<string, string>;
function webDocument(operation: string): string {
  const text = Object.values(manifest).find((t) => new RegExp(`\\bquery ${operation}\\b`).test(t));
  if (!text) throw new Error(`the web app has no query ${operation}`);
  return text;
}

/** Two API starts, a dump, a restore and a reindex in a child process: room on a busy machine. */
const slowStepMs = 180_000;

/** Waits until no queued job is due or running (scheduled ticks for later do not count). */
async function untilNoJobsDue(databaseUrl: string): Promise<void> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const { rows } = await db.query<{ due: number }>(
        `SELECT count(*)::int AS due FROM pgboss.job
          WHERE state IN ('created', 'retry', 'active') AND start_after <= now()`,
      );
      if (rows[0]?.due === 0) return;
      if (Date.now() > deadline) throw new Error(`${rows[0]?.due} jobs still due after 60 s`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  } finally {
    await db.end();
  }
}

async function withAdmin<T>(work: (db: pg.Client) => Promise<T>): Promise<T> {
  const db = new pg.Client({ connectionString: readTestEnvironment().adminDatabaseUrl });
  await db.connect();
  try {
    return await work(db);
  } finally {
    await db.end();
  }
}

describe('backup and restore', () => {
  const env = readTestEnvironment();
  const restoredName = `forum_test_${env.runId}_restore_${randomBytes(4).toString('hex')}`;
  const restoredUrl = databaseUrlFor(env.adminDatabaseUrl, restoredName);
  const restoredPrefix = `t_${env.runId}_restore_${randomBytes(3).toString('hex')}_`;
  const word = `drill${randomBytes(4).toString('hex')}`;
  let source: TestApp;
  let restored: TestApp | undefined;
  let forum: ForumTestContext;
  let dir: string;
  let file: string;
  const questionIds: string[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'forum-backup-'));
    source = await createTestApp(featureModules);
    forum = createForumTestContext(source);
    for (let i = 0; i < 3; i += 1) {
      const asker = await forum.newUser();
      const questionId = await forum.newQuestion({
        author: asker,
        title: `How do I rotate the ${word} keys, part ${i}?`,
        body: `Our ${word} keys expire every ${30 + i} days and the rotation fails.`,
        tags: ['security'],
      });
      const answerId = await forum.newAnswer({
        questionId,
        body: `Rotate ${word} keys with the admin console, step ${i}.`,
      });
      await forum.newAnswer({ questionId, body: 'Or ask support to do it for you.' });
      await forum.comment({ as: asker, questionId, body: 'Which version are you on?' });
      await forum.vote({
        as: await forum.newUser(),
        target: 'ANSWER',
        id: answerId,
        direction: 'UP',
      });
      if (i < 2) await forum.accept({ as: asker, answerId });
      questionIds.push(questionId);
    }
    // Badges and other follow-up work land after the writes; the backup is of the settled forum.
    await untilNoJobsDue(source.config.database.url);
    file = join(dir, 'forum.dump');
    const { bytes } = await backupDatabase(source.config.database.url, file);
    expect(bytes).toBeGreaterThan(10_000);
  }, slowStepMs);

  afterAll(async () => {
    await restored?.close();
    await source?.close();
    await withAdmin((db) => db.query(`DROP DATABASE IF EXISTS "${restoredName}" WITH (FORCE)`));
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it(
    'restores a backup into an empty database whose pages and search match the original',
    async () => {
      await restoreDatabase(restoredUrl, file);
      await reindexSearch(
        {
          ...process.env,
          MEILI_URL: env.meiliUrl,
          MEILI_MASTER_KEY: env.meiliMasterKey ?? '',
          MEILI_INDEX_PREFIX: restoredPrefix,
          LOG_LEVEL: 'warn',
        },
        restoredUrl,
      );

      // The restored database, served by the API with the index the restore rebuilt.
      restored = await createTestApp(featureModules, {
        DATABASE_URL: restoredUrl,
        MEILI_INDEX_PREFIX: restoredPrefix,
      });
      const report = await restored.app.get(IndexMaintenance).check();
      expect(report.checked).toBeGreaterThanOrEqual(3);
      expect(differenceCount(report)).toBe(0);

      const questionPage = webDocument('QuestionDetail');
      for (const id of questionIds) {
        const original = await gqlData<{ question: { id: string; answers: unknown[] } }>(source, {
          query: questionPage,
          variables: { id },
        });
        expect(original.question.answers).toHaveLength(2);
        const copy = await gqlData(restored, { query: questionPage, variables: { id } });
        expect(copy).toEqual(original);
      }
      const list = { query: webDocument('Questions'), variables: { first: 20 } };
      expect(await gqlData(restored, list)).toEqual(await gqlData(source, list));

      const search = await gqlData(restored, {
        query: webDocument('SearchPreview'),
        variables: { query: word, first: 10 },
      });
      const found = JSON.stringify(search);
      for (const id of questionIds) expect(found).toContain(id);
    },
    slowStepMs,
  );

  it('refuses to restore over a database that has tables', async () => {
    await expect(restoreDatabase(source.config.database.url, file)).rejects.toThrow(
      RestoreRefusedError,
    );
    // Nothing changed: the source still serves its questions.
    const page = await gqlData<{ question: { id: string } }>(source, {
      query: webDocument('QuestionDetail'),
      variables: { id: questionIds[0] },
    });
    expect(page.question.id).toBe(questionIds[0]);
  });
});
