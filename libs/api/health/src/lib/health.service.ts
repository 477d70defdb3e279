import { performance } from 'node:perf_hooks';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { JobQueue } from '@forum/api/jobs';
import { ServerConfig } from '@forum/api/platform';
import { SearchClient } from '@forum/api/search';
import { DataSource } from 'typeorm';
import { type DependencyHealth, type Health, HealthStatus } from './health.model.js';

const checkTimeoutMs = 3_000;

@Injectable()
export class HealthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly search: SearchClient,
    private readonly jobs: JobQueue,
    private readonly server: ServerConfig,
  ) {}

  async check(): Promise<Health> {
    const [database, search, jobs] = await Promise.all([
      probe(async () => {
        await this.dataSource.query('SELECT 1');
      }),
      probe(() => this.search.check()),
      probe(() => this.jobs.check()),
    ]);
    const essentialUp = [database, jobs].every(
      (dependency) => dependency.status === HealthStatus.UP,
    );
    const degraded = search.status === HealthStatus.UP ? [] : ['search'];
    return {
      status: !essentialUp
        ? HealthStatus.DOWN
        : degraded.length > 0
          ? HealthStatus.DEGRADED
          : HealthStatus.UP,
      degraded,
      database,
      search,
      jobs,
      version: this.server.version,
      uptimeSeconds: Math.round(process.uptime()),
      checkedAt: new Date(),
    };
  }
}

async function probe(check: () => Promise<void>): Promise<DependencyHealth> {
  const started = performance.now();
  const elapsed = () => Math.round((performance.now() - started) * 10) / 10;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer within ${checkTimeoutMs} ms`)),
      checkTimeoutMs,
    );
  });
  try {
    await Promise.race([check(), timeout]);
    return { status: HealthStatus.UP, latencyMs: elapsed() };
  } catch (error) {
    return { status: HealthStatus.DOWN, latencyMs: elapsed(), error: (error as Error).message };
  } finally {
    clearTimeout(timer);
  }
}
