import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { databaseUrlFor, readTestEnvironment } from './test-environment.js';

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A fresh, fully migrated database of its own, cloned from the run's template in milliseconds. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const env = readTestEnvironment();
  const name = `forum_test_${env.runId}_${randomBytes(4).toString('hex')}`;
  await withAdmin(env.adminDatabaseUrl, (admin) =>
    admin.query(`CREATE DATABASE "${name}" TEMPLATE "${env.templateDatabase}"`),
  );
  return {
    name,
    url: databaseUrlFor(env.adminDatabaseUrl, name),
    drop: async () => {
      await withAdmin(env.adminDatabaseUrl, (admin) =>
        admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
      );
    },
  };
}

async function withAdmin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
