import { Field, ID, InputType } from '@nestjs/graphql';
import { questionLimits } from '@forum/shared/domain';
import { ArrayMaxSize, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';

@InputType({
  description:
    'Changes to a question; omitted fields stay. The previous text is kept as a revision.',
})
export class EditQuestionInput {
  @Field(() => ID, { description: 'The question.' })
  @IsUUID()
  id!: string;

  @Field(() => String, {
    nullable: true,
    description: `New title (${questionLimits.titleMin} to ${questionLimits.titleMax} characters).`,
  })
  @IsOptional()
  @IsString()
  @Length(questionLimits.titleMin, questionLimits.titleMax)
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'New body in Markdown.' })
  @IsOptional()
  @IsString()
  @MaxLength(questionLimits.bodyMax)
  body?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: `New tags (up to ${questionLimits.tagsMax}).`,
  })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  tags?: string[] | null;
}
