import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType({ description: 'A visit to a question page.' })
export class RecordQuestionViewInput {
  @Field(() => ID, { description: 'The question.' })
  @IsUUID()
  questionId!: string;
}
