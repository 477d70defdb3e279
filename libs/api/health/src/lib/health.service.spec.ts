import { describe, expect, it } from '@jest/globals';
import type { JobQueue } from '@forum/api/jobs';
import { ServerConfig } from '@forum/api/platform';
import type { SearchClient } from '@forum/api/search';
import type { DataSource } from 'typeorm';
import { HealthStatus } from './health.model.js';
import { HealthService } from './health.service.js';

type Check = () => Promise<unknown>;
const up: Check = async () => undefined;
const never: Check = () => new Promise(() => undefined);

function service(checks: { database?: Check; search?: Check; jobs?: Check }): HealthService {
  const dataSource = { query: checks.database ?? up } as unknown as DataSource;
  const search = { check: checks.search ?? up } as unknown as SearchClient;
  const jobs = { check: checks.jobs ?? up } as unknown as JobQueue;
  return new HealthService(
    dataSource,
    search,
    jobs,
    new ServerConfig('test', '127.0.0.1', 0, 'http://x', '1.2.3'),
  );
}

describe('HealthService', () => {
  it('is UP when every dependency answers', async () => {
    const health = await service({}).check();
    expect(health).toMatchObject({
      status: HealthStatus.UP,
      degraded: [],
      version: '1.2.3',
      database: { status: HealthStatus.UP },
      search: { status: HealthStatus.UP },
      jobs: { status: HealthStatus.UP },
    });
  });

  it('is DEGRADED, not DOWN, without search, and says why', async () => {
    const health = await service({
      search: async () => {
        throw new Error('connect ECONNREFUSED 127.0.0.1:7700');
      },
    }).check();
    expect(health.status).toBe(HealthStatus.DEGRADED);
    expect(health.degraded).toEqual(['search']);
    expect(health.search).toMatchObject({
      status: HealthStatus.DOWN,
      error: 'connect ECONNREFUSED 127.0.0.1:7700',
    });
    expect(health.database.status).toBe(HealthStatus.UP);
  });

  it('is DOWN without the database or the job queue', async () => {
    const refused = async () => {
      throw new Error('connect ECONNREFUSED 127.0.0.1:5432');
    };
    const withoutDatabase = await service({ database: refused }).check();
    expect(withoutDatabase).toMatchObject({ status: HealthStatus.DOWN, degraded: [] });
    expect(withoutDatabase.database.status).toBe(HealthStatus.DOWN);
    const withoutAnything = await service({
      database: refused,
      jobs: refused,
      search: refused,
    }).check();
    expect(withoutAnything).toMatchObject({ status: HealthStatus.DOWN, degraded: ['search'] });
  });

  it('gives up on a dependency that does not answer within three seconds', async () => {
    const health = await service({ jobs: never }).check();
    expect(health.jobs).toMatchObject({
      status: HealthStatus.DOWN,
      error: 'no answer within 3000 ms',
    });
    expect(health.jobs.latencyMs).toBeGreaterThanOrEqual(2_900);
  });
});
