import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType({ description: 'A suggestion the asker opened from the ask form.' })
export class RecordSuggestionVisitInput {
  @Field(() => ID, {
    description: 'Identifies one ask-form session; send the same id with askQuestion.',
  })
  @IsUUID()
  draftId!: string;

  @Field(() => ID, { description: 'The suggested question that was opened.' })
  @IsUUID()
  questionId!: string;
}
