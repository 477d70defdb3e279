import { rm } from 'node:fs/promises';
import pg from 'pg';
import { SearchConfig } from '@forum/api/platform';
import { deleteSearchIndexes } from '@forum/api/search';
import { readTestEnvironment, testEnvironment } from '@forum/api/test-env';

/** Removes what the run created and stops the servers the global setup started. */
export default async function globalTeardown(): Promise<void> {
  const state = globalThis.forumTestServices;
  if (!state || !process.env[testEnvironment.runId]) return;
  globalThis.forumTestServices = undefined;
  const env = readTestEnvironment();
  delete process.env[testEnvironment.runId];

  if (!state.services.started.includes('postgres')) {
    const admin = new pg.Client({ connectionString: env.adminDatabaseUrl });
    await admin.connect();
    try {
      const { rows } = await admin.query<{ datname: string }>(
        'SELECT datname FROM pg_database WHERE datname LIKE $1',
        [`forum_test_${env.runId}_%`],
      );
      for (const { datname } of rows) await admin.query(`DROP DATABASE "${datname}" WITH (FORCE)`);
    } finally {
      await admin.end();
    }
  }
  if (!state.services.started.includes('meilisearch')) {
    await deleteSearchIndexes(
      new SearchConfig(env.meiliUrl, env.meiliMasterKey, `t_${env.runId}_`),
    );
  }
  await state.services.stop();
  await rm(state.dataDir, { recursive: true, force: true });
}
