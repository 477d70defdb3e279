import { Field, ID, InputType } from '@nestjs/graphql';
import { questionLimits } from '@forum/shared/domain';
import { IsOptional, IsString, IsUUID, Length } from 'class-validator';

@InputType({
  description: 'A plain-text comment on a question or on an answer (name exactly one).',
})
export class AddCommentInput {
  @Field(() => ID, { nullable: true, description: 'The question.' })
  @IsOptional()
  @IsUUID()
  questionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The answer.' })
  @IsOptional()
  @IsUUID()
  answerId?: string | null;

  @Field({
    description: `The comment: plain text, links allowed (2 to ${questionLimits.commentMax} characters).`,
  })
  @IsString()
  @Length(2, questionLimits.commentMax)
  body!: string;
}
