import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DatabaseConfig } from '@forum/api/platform';
import { createTestDatabase, type TestDatabase } from '@forum/api/test-env';
import { DataSource } from 'typeorm';
import { migrations } from '../migrations/index.js';
import { createDataSourceOptions, runMigrations } from './data-source-options.js';

describe('migrations', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(
      createDataSourceOptions(new DatabaseConfig(database.url, 2)),
    ).initialize();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('lists every migration file in the registry, oldest first', () => {
    const files = readdirSync(join(import.meta.dirname, '../migrations'))
      .filter((file) => /^\d+-.+\.ts$/.test(file))
      .sort();
    const timestamps = files.map((file) => file.split('-')[0]);
    expect(migrations.map((migration) => migration.name.match(/\d+$/)?.[0])).toEqual(timestamps);
  });

  it('leaves nothing pending on a migrated database', async () => {
    expect(await dataSource.showMigrations()).toBe(false);
    expect(await runMigrations(new DatabaseConfig(database.url, 1))).toEqual([]);
  });

  it('enables the extensions later schemas use', async () => {
    const rows: Array<{ extname: string }> = await dataSource.query(
      "SELECT extname FROM pg_extension WHERE extname IN ('citext', 'pg_trgm', 'unaccent') ORDER BY extname",
    );
    expect(rows.map((row) => row.extname)).toEqual(['citext', 'pg_trgm', 'unaccent']);
  });

  it('can undo every migration and apply them again', async () => {
    for (let i = 0; i < migrations.length; i++)
      await dataSource.undoLastMigration({ transaction: 'each' });
    const extensions: unknown[] = await dataSource.query(
      "SELECT 1 FROM pg_extension WHERE extname = 'citext'",
    );
    expect(extensions).toHaveLength(0);
    expect(await dataSource.showMigrations()).toBe(true);
    await dataSource.runMigrations({ transaction: 'each' });
    expect(await dataSource.showMigrations()).toBe(false);
  });
});
