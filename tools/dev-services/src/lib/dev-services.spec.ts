import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { type DevServices, startDevServices } from './dev-services.js';
import { freePort } from './free-port.js';

describe('startDevServices', () => {
  let dataDir: string;
  let first: DevServices;
  let ports: { postgresPort: number; meiliPort: number };

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'forum-dev-services-'));
    await chmod(dataDir, 0o755);
    ports = { postgresPort: await freePort(), meiliPort: await freePort() };
    first = await startDevServices({ dataDir, ...ports, database: 'forum_dev' });
  }, 60_000);

  afterAll(async () => {
    await first?.stop();
    await rm(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('starts a real PostgreSQL with the database and a real Meilisearch', async () => {
    expect(first.started).toEqual(['postgres', 'meilisearch']);
    const client = new pg.Client({ connectionString: first.databaseUrl });
    await client.connect();
    const { rows } = await client.query<{ db: string }>('SELECT current_database() AS db');
    await client.end();
    expect(rows[0]?.db).toBe('forum_dev');
    const health = await fetch(`${first.meiliUrl}/health`);
    expect(await health.json()).toEqual({ status: 'available' });
  });

  it('shares servers that already answer on its ports instead of starting them twice', async () => {
    const second = await startDevServices({ dataDir, ...ports, database: 'forum_dev' });
    expect(second.started).toEqual([]);
    expect(second.databaseUrl).toBe(first.databaseUrl);
    expect(second.meiliUrl).toBe(first.meiliUrl);
    await second.stop();
    expect((await fetch(`${first.meiliUrl}/health`)).ok).toBe(true);
  });

  it('uses servers given by URL without starting anything', async () => {
    const given = await startDevServices({
      dataDir,
      databaseUrl: 'postgres://a:b@db:5432/x',
      meiliUrl: 'http://search:7700',
    });
    expect(given).toMatchObject({
      started: [],
      databaseUrl: 'postgres://a:b@db:5432/x',
      meiliUrl: 'http://search:7700',
    });
  });
});
