import { Global, Inject, Logger, Module, type OnApplicationBootstrap } from '@nestjs/common';
import type { SearchIndexDefinition } from './indexes/index-definition.js';
import { postsIndex } from './indexes/posts.index.js';
import { SearchClient } from './search-client.js';

export const SEARCH_INDEXES = Symbol('SEARCH_INDEXES');

/** Every index the product uses. */
export const searchIndexes: SearchIndexDefinition[] = [postsIndex];

@Global()
@Module({
  providers: [SearchClient, { provide: SEARCH_INDEXES, useValue: searchIndexes }],
  exports: [SearchClient],
})
export class SearchModule implements OnApplicationBootstrap {
  private readonly logger = new Logger(SearchModule.name);

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
