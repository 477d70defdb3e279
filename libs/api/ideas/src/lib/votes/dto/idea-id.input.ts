import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType({ description: 'An idea to act on.' })
export class IdeaIdInput {
  @Field(() => ID, { description: 'The idea.' })
  @IsUUID()
  ideaId!: string;
}
