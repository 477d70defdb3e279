import { Field, ID, InputType } from '@nestjs/graphql';
import { questionLimits } from '@forum/shared/domain';
import { IsString, IsUUID, Length } from 'class-validator';

@InputType({ description: 'A new text for an answer; the previous one is kept as a revision.' })
export class EditAnswerInput {
  @Field(() => ID, { description: 'The answer.' })
  @IsUUID()
  id!: string;

  @Field({ description: 'The answer in Markdown.' })
  @IsString()
  @Length(questionLimits.answerBodyMin, questionLimits.bodyMax)
  body!: string;
}
