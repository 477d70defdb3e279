import { type DynamicModule, Module } from '@nestjs/common';
import { ForumMetrics } from './forum-metrics.js';
import { GraphqlMetricsPlugin } from './graphql-metrics.plugin.js';
import { MailDeadLetterMetrics } from './mail-dead-letter-metrics.js';
import { MetricsController, SCRAPE_COLLECTORS } from './metrics.controller.js';
import { PoolMetrics } from './pool-metrics.js';
import { QueueMetrics, SEARCH_INDEX_QUEUE } from './queue-metrics.js';

export interface MetricsOptions {
  /** The queue of search index jobs (`searchIndexQueue` of the search domain). */
  searchIndexQueue: string;
}

/** Prometheus metrics of the API process at `GET /metrics` (ADR 0030). */
@Module({})
export class MetricsModule {
  static forRoot(options: MetricsOptions): DynamicModule {
    return {
      module: MetricsModule,
      controllers: [MetricsController],
      providers: [
        ForumMetrics,
        GraphqlMetricsPlugin,
        PoolMetrics,
        QueueMetrics,
        MailDeadLetterMetrics,
        { provide: SEARCH_INDEX_QUEUE, useValue: options.searchIndexQueue },
        {
          provide: SCRAPE_COLLECTORS,
          useFactory: (...collectors: unknown[]) => collectors,
          inject: [PoolMetrics, QueueMetrics, MailDeadLetterMetrics],
        },
      ],
    };
  }
}
