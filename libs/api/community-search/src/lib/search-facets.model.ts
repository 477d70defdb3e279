import { Field, ObjectType } from '@nestjs/graphql';
import { FacetCount } from '@forum/api/qna';

@ObjectType({ description: 'Counts for the filters of a search.' })
export class SearchFacets {
  @Field(() => [FacetCount], { description: 'Per kind of post (`question`, `idea`).' })
  types!: FacetCount[];

  @Field(() => [FacetCount], { description: 'Questions per state (lower-case state names).' })
  states!: FacetCount[];

  @Field(() => [FacetCount], { description: 'Ideas per status (lower-case status names).' })
  ideaStatuses!: FacetCount[];

  @Field(() => [FacetCount], { description: 'Per product id.' })
  products!: FacetCount[];

  @Field(() => [FacetCount], { description: 'The 20 most used tags.' })
  tags!: FacetCount[];
}
