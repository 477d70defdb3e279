import {
  type DynamicModule,
  Global,
  Inject,
  Logger,
  Module,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { SearchConfig } from '@forum/api/platform';
import type { SearchIndexDefinition } from './index-definition.js';
import { SearchClient } from './search-client.js';

const SEARCH_INDEXES = Symbol('SEARCH_INDEXES');

/** Waits between attempts to prepare the indexes while Meilisearch cannot be reached. */
const prepareRetryDelaysMs = { first: 1_000, max: 30_000 } as const;
/** While the retries go on, one warning every this many failed attempts (10 minutes at most). */
const warnEveryAttempts = 20;

/**
 * Prepares a feature's indexes at start-up. Search is a derived index, so an unreachable
 * Meilisearch does not stop the application: the indexes are prepared in the background as soon
 * as it answers, with growing pauses and a bounded number of log lines.
 */
@Module({})
class SearchIndexesModule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SearchIndexesModule.name);
  private retry: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly client: SearchClient,
    @Inject(SEARCH_INDEXES) private readonly indexes: SearchIndexDefinition[],
  ) {}

  /** The first attempt runs before the application serves requests, so a healthy start is ready. */
  async onApplicationBootstrap(): Promise<void> {
    await this.prepare(1);
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    clearTimeout(this.retry);
  }

  private async prepare(attempt: number): Promise<void> {
    for (const definition of this.indexes) this.client.setPrepared(definition.uid, false);
    try {
      for (const definition of this.indexes) {
        if (await this.client.applyDefinition(definition)) {
          this.logger.log({ index: this.client.indexUid(definition.uid) }, 'Search index prepared');
        }
        this.client.setPrepared(definition.uid, true);
      }
      if (attempt > 1) {
        this.logger.log(
          { attempts: attempt },
          'Meilisearch answers again: search indexes prepared',
        );
      }
    } catch (error) {
      if (this.stopped) return;
      const delayMs = Math.min(
        prepareRetryDelaysMs.first * 2 ** (attempt - 1),
        prepareRetryDelaysMs.max,
      );
      if (attempt === 1 || attempt % warnEveryAttempts === 0) {
        this.logger.warn(
          { attempts: attempt, err: error, retryInMs: delayMs },
          'Search indexes not prepared; search stays unavailable until they are, retrying in the background',
        );
      }
      this.retry = setTimeout(() => void this.prepare(attempt + 1), delayMs);
      this.retry.unref();
    }
  }
}

/** The Meilisearch client for the whole application. */
@Global()
@Module({
  providers: [SearchClient],
  exports: [SearchClient],
})
export class SearchModule {
  /**
   * The indexes a feature fills: each is created when missing and brought to its definition's
   * settings when the application starts (only when they differ), or later when Meilisearch
   * answers only then. A definition may depend on the search configuration (an operator's
   * embedder for hybrid search).
   */
  static forFeature(
    indexes: Array<SearchIndexDefinition | ((config: SearchConfig) => SearchIndexDefinition)>,
  ): DynamicModule {
    return {
      module: SearchIndexesModule,
      providers: [
        {
          provide: SEARCH_INDEXES,
          inject: [SearchConfig],
          useFactory: (config: SearchConfig) =>
            indexes.map((index) => (typeof index === 'function' ? index(config) : index)),
        },
      ],
    };
  }
}
