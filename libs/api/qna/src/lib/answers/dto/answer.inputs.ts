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

@InputType({ description: 'The answer that solved the question.' })
export class AcceptAnswerInput {
  @Field(() => ID, { description: 'The answer.' })
  @IsUUID()
  answerId!: string;
}

@InputType({ description: 'A question whose accepted solution is withdrawn.' })
export class UnacceptAnswerInput {
  @Field(() => ID, { description: 'The question.' })
  @IsUUID()
  questionId!: string;
}
