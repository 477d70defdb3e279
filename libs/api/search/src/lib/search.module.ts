import {
  type DynamicModule,
  Global,
  Inject,
  Logger,
  Module,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { SearchConfig } from '@forum/api/platform';
import type { SearchIndexDefinition } from './index-definition.js';
import { SearchClient } from './search-client.js';

const SEARCH_INDEXES = Symbol('SEARCH_INDEXES');

/** Prepares a feature's indexes at start-up, before the feature's own providers start. */
@Module({})
class SearchIndexesModule implements OnApplicationBootstrap {
  private readonly logger = new Logger(SearchIndexesModule.name);

  constructor(
    private readonly client: SearchClient,
    @Inject(SEARCH_INDEXES) private readonly indexes: SearchIndexDefinition[],
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const definition of this.indexes) {
      if (await this.client.applyDefinition(definition)) {
        this.logger.log({ index: this.client.indexUid(definition.uid) }, 'Search index prepared');
      }
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
   * settings when the application starts (only when they differ). A definition may depend on
   * the search configuration (an operator's embedder for hybrid search).
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
