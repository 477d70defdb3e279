import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description: 'Votes of one group: an organisation, a plan, an importance, a product.',
})
export class VoteGroup {
  @Field({
    description:
      'The group: an id, or a plan or importance code (`none`, `unspecified` when absent).',
  })
  key!: string;

  @Field({ description: 'What to show: a name, or the code again for plans and importances.' })
  label!: string;

  @Field(() => Int, { description: 'Live votes.' })
  votes!: number;
}

@ObjectType({ description: 'Who voted, by organisation, plan, importance and product area.' })
export class IdeaVoteBreakdown {
  @Field(() => Int, { description: 'All live votes covered.' })
  totalVotes!: number;

  @Field(() => [VoteGroup], {
    description: 'Organisations, most votes first (up to 50); votes without one are not listed.',
  })
  byOrganisation!: VoteGroup[];

  @Field(() => [VoteGroup], { description: 'Plans at the time of voting.' })
  byPlan!: VoteGroup[];

  @Field(() => [VoteGroup], { description: 'Importance the voters gave.' })
  byImportance!: VoteGroup[];

  @Field(() => [VoteGroup], { description: 'Product areas of the ideas.' })
  byProduct!: VoteGroup[];
}
