import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '@forum/api/platform';
import { SearchFacets } from './search-facets.model.js';
import { SearchHit } from './search-hit.model.js';

@ObjectType({ description: 'Hits for a query, with counts to narrow it down.' })
export class SearchResults {
  @Field(() => [SearchHit], { description: 'This page of hits.' })
  hits!: SearchHit[];

  @Field(() => Int, { description: 'How many posts match (estimated beyond 1,000).' })
  total!: number;

  @Field(() => SearchFacets, {
    description:
      'Matching posts per kind, state, idea status, product id and tag. Each count ignores the filter on its own field, so other values stay selectable.',
  })
  facets!: SearchFacets;

  @Field(() => Int, { description: "The search engine's own processing time." })
  processingTimeMs!: number;

  @Field(() => PageInfo, { description: 'Where the next page starts.' })
  pageInfo!: PageInfo;
}
