import { type DynamicModule, Module } from '@nestjs/common';
import { searchIndexQueue } from '@forum/api/community-search';
import { MetricsModule } from '@forum/api/metrics';
import type { AppConfig } from '@forum/api/platform';
import { platformModules, type PlatformOptions } from '@forum/api/runtime';
import { apiDomains } from './domains.js';

/** Every feature of the product, in the order of the domains. */
export const featureModules = apiDomains.map((domain) => domain.module);

/** `GET /metrics` for Prometheus (ADR 0030). */
export const metricsModule = MetricsModule.forRoot({ searchIndexQueue });

/** The API: every domain on the platform, served over HTTP and GraphQL by `apps/api`. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, options: PlatformOptions = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [...platformModules(config, options), ...featureModules, metricsModule],
    };
  }
}

/**
 * The worker: the same domains without GraphQL, started by `apps/worker` as an application
 * context that serves nothing and works the job queues and their schedules.
 */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [...platformModules(config, { graphql: false }), ...featureModules],
    };
  }
}
