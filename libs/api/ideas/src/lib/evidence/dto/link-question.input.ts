import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType({ description: 'A question that asks for what an idea describes.' })
export class LinkQuestionInput {
  @Field(() => ID, { description: 'The idea.' })
  @IsUUID()
  ideaId!: string;

  @Field(() => ID, { description: 'The question.' })
  @IsUUID()
  questionId!: string;
}
