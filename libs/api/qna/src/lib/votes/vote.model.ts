import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'The outcome of a vote.' })
export class VotePayload {
  @Field(() => ID, { description: 'The post voted on.' })
  id!: string;

  @Field(() => Int, { description: 'Its score after the vote.' })
  score!: number;
}
