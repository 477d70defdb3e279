import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType({ description: 'Merges a duplicate idea into another one.' })
export class MergeIdeaInput {
  @Field(() => ID, { description: 'The duplicate; it redirects to the target afterwards.' })
  @IsUUID()
  sourceId!: string;

  @Field(() => ID, { description: 'The idea that keeps the votes.' })
  @IsUUID()
  targetId!: string;
}
