import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'How many questions match, per value of a filter.' })
export class FacetCount {
  @Field({ description: 'The value: a state, a product id or a tag.' })
  value!: string;

  @Field(() => Int, { description: 'Matching questions.' })
  count!: number;
}

@ObjectType({ description: 'Counts for the filters of a question list.' })
export class QuestionFacets {
  @Field(() => [FacetCount], { description: 'Per state (lower-case state names).' })
  states!: FacetCount[];

  @Field(() => [FacetCount], { description: 'Per product id.' })
  products!: FacetCount[];

  @Field(() => [FacetCount], { description: 'The 20 most used tags.' })
  tags!: FacetCount[];
}
