import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DatabaseConfig } from '@forum/api/platform';
import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { ForumMetrics } from './forum-metrics.js';
import type { ScrapeCollector } from './scrape-collector.js';

/** The API's PostgreSQL pool (TypeORM's `pg` pool): open, idle and busy connections, waiters. */
@Injectable()
export class PoolMetrics implements ScrapeCollector {
  readonly name = 'db_pool';

  constructor(
    private readonly metrics: ForumMetrics,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: DatabaseConfig,
  ) {}

  async collect(): Promise<void> {
    const pool = (this.dataSource.driver as unknown as { master?: Pool }).master;
    if (!pool) throw new Error('the data source has no connection pool');
    this.metrics.dbPoolOpen.set({ state: 'idle' }, pool.idleCount);
    this.metrics.dbPoolOpen.set({ state: 'busy' }, pool.totalCount - pool.idleCount);
    this.metrics.dbPoolWaiting.set(pool.waitingCount);
    this.metrics.dbPoolMax.set(this.config.poolSize);
  }
}
