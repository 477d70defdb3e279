import { Field, ID, InputType } from '@nestjs/graphql';
import { LocaleEnum } from '@forum/api/identity';
import { questionLimits } from '@forum/shared/domain';
import {
  ArrayMaxSize,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
} from 'class-validator';

@InputType({ description: 'A new question.' })
export class AskQuestionInput {
  @Field({
    description: `What the problem is, as a question (${questionLimits.titleMin} to ${questionLimits.titleMax} characters).`,
  })
  @IsString()
  @Length(questionLimits.titleMin, questionLimits.titleMax)
  title!: string;

  @Field({
    description: `Details in Markdown (GitHub flavoured, up to ${questionLimits.bodyMax} characters).`,
  })
  @IsString()
  @MaxLength(questionLimits.bodyMax)
  body!: string;

  @Field(() => ID, { description: 'The product area it is about.' })
  @IsUUID()
  productId!: string;

  @Field(() => [String], {
    nullable: true,
    description: `Up to ${questionLimits.tagsMax} tags; new ones are created.`,
  })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  tags?: string[] | null;

  @Field(() => LocaleEnum, {
    nullable: true,
    description: "Language it is written in; the asker's language by default.",
  })
  @IsOptional()
  @IsIn(['en', 'de'])
  language?: 'en' | 'de' | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The ask-form session, as sent with recordSuggestionVisit: tells suggestions that deflected a question from those that did not.',
  })
  @IsOptional()
  @IsUUID()
  draftId?: string | null;
}
