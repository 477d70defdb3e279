import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdeasModule } from '@forum/api/ideas';
import { IdentityModule } from '@forum/api/identity';
import { QnaModule } from '@forum/api/qna';
import { SearchModule } from '@forum/api/search';
import { communitySearchEntities } from './community-search.entities.js';
import { IndexMaintenance } from './index-maintenance.js';
import { IndexReconciliation } from './index-reconciliation.js';
import { PostIndexer } from './post-indexer.js';
import { PostSearchService } from './post-search.service.js';
import { PostSources } from './post-sources.js';
import { postsIndexFor } from './posts.index.js';
import { SearchResolver } from './search.resolver.js';
import { SuggestionVisits } from './suggestion-visits.js';

/** Finding past solutions: the posts index kept in step with the database, and its queries. */
@Module({
  imports: [
    TypeOrmModule.forFeature(communitySearchEntities),
    IdentityModule,
    IdeasModule,
    QnaModule,
    SearchModule.forFeature([postsIndexFor]),
  ],
  providers: [
    IndexMaintenance,
    IndexReconciliation,
    PostIndexer,
    PostSearchService,
    PostSources,
    SearchResolver,
    SuggestionVisits,
  ],
  exports: [IndexMaintenance, IndexReconciliation, PostIndexer],
})
export class CommunitySearchModule {}
