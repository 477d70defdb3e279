import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description: 'How many people, at how many companies, said an answer worked for them too.',
})
export class Confirmations {
  @Field(() => Int, { description: 'People.' })
  people!: number;

  @Field(() => Int, { description: 'Distinct customer organisations among them.' })
  organisations!: number;
}
