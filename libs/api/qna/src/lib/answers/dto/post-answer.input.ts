import { Field, ID, InputType } from '@nestjs/graphql';
import { questionLimits } from '@forum/shared/domain';
import { IsString, IsUUID, Length } from 'class-validator';

@InputType({ description: 'An answer to a question.' })
export class PostAnswerInput {
  @Field(() => ID, { description: 'The question.' })
  @IsUUID()
  questionId!: string;

  @Field({
    description: `The answer in Markdown (${questionLimits.answerBodyMin} to ${questionLimits.bodyMax} characters).`,
  })
  @IsString()
  @Length(questionLimits.answerBodyMin, questionLimits.bodyMax)
  body!: string;
}
