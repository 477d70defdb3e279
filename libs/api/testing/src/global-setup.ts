import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMigrations } from '@forum/api/database';
import { DatabaseConfig } from '@forum/api/platform';
import { freePort, startDevServices, type DevServices } from '@forum/tools/dev-services';
import pg from 'pg';
import { databaseUrlFor, testEnvironment } from '@forum/api/test-env';

declare global {
  var forumTestServices: { services: DevServices; dataDir: string } | undefined;
}

/**
 * Starts PostgreSQL and Meilisearch once for the whole Jest run (unless DATABASE_URL / MEILI_URL
 * name servers to use) and prepares a migrated template database that every test file clones.
 * Jest runs this once per project; only the first call does the work.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env[testEnvironment.runId]) return;
  const runId = randomBytes(4).toString('hex');
  const dataDir = await mkdtemp(join(tmpdir(), 'forum-test-'));
  // The embedded server may run as its own system user, which must be able to enter the folder.
  await chmod(dataDir, 0o755);
  const services = await startDevServices({
    dataDir,
    databaseUrl: process.env['DATABASE_URL'] || undefined,
    meiliUrl: process.env['MEILI_URL'] || undefined,
    meiliMasterKey: process.env['MEILI_MASTER_KEY'] || undefined,
    postgresPort: await freePort(),
    meiliPort: await freePort(),
    database: 'forum_test',
  });
  globalThis.forumTestServices = { services, dataDir };

  const adminDatabaseUrl = services.adminDatabaseUrl ?? services.databaseUrl;
  const templateDatabase = `forum_test_${runId}_template`;
  const admin = new pg.Client({ connectionString: adminDatabaseUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${templateDatabase}"`);
  } finally {
    await admin.end();
  }
  await runMigrations(new DatabaseConfig(databaseUrlFor(adminDatabaseUrl, templateDatabase), 2));

  process.env[testEnvironment.runId] = runId;
  process.env[testEnvironment.adminDatabaseUrl] = adminDatabaseUrl;
  process.env[testEnvironment.templateDatabase] = templateDatabase;
  process.env[testEnvironment.meiliUrl] = services.meiliUrl;
  process.env[testEnvironment.meiliMasterKey] = services.meiliMasterKey ?? '';
}
