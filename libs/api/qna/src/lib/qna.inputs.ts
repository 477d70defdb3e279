import { Field, ID, InputType } from '@nestjs/graphql';
import { graphqlEnum } from '@forum/api/platform';
import { CloseReason, questionLimits } from '@forum/shared/domain';
import {
  ArrayMaxSize,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
} from 'class-validator';

export const CloseReasonEnum = graphqlEnum(
  CloseReason,
  'CloseReason',
  'Why a question was closed.',
);

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

@InputType({ description: 'A post to delete or restore.' })
export class PostIdInput {
  @Field(() => ID, { description: 'The question or answer.' })
  @IsUUID()
  id!: string;
}

@InputType({ description: 'Closes a question, with a reason.' })
export class CloseQuestionInput {
  @Field(() => ID, { description: 'The question.' })
  @IsUUID()
  id!: string;

  @Field(() => CloseReasonEnum, { description: 'Why.' })
  @IsIn(Object.values(CloseReason))
  reason!: CloseReason;

  @Field(() => ID, {
    nullable: true,
    description: 'The original question, when the reason is DUPLICATE.',
  })
  @IsOptional()
  @IsUUID()
  duplicateOfId?: string | null;
}

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

@InputType({ description: 'A comment to delete.' })
export class DeleteCommentInput {
  @Field(() => ID, { description: 'The comment.' })
  @IsUUID()
  id!: string;
}

@InputType({ description: 'An answer that solved the problem for the signed-in person too.' })
export class ConfirmAnswerInput {
  @Field(() => ID, { description: 'The answer.' })
  @IsUUID()
  answerId!: string;
}

@InputType({ description: 'A visit to a question page.' })
export class RecordQuestionViewInput {
  @Field(() => ID, { description: 'The question.' })
  @IsUUID()
  questionId!: string;
}

@InputType({ description: 'A new name for a tag.' })
export class RenameTagInput {
  @Field({ description: 'The tag as it is now.' })
  @IsString()
  @MaxLength(40)
  slug!: string;

  @Field({ description: 'Its new name.' })
  @IsString()
  @MaxLength(40)
  newName!: string;
}

@InputType({ description: 'Two tags that mean the same.' })
export class MergeTagsInput {
  @Field({ description: 'The tag that goes away.' })
  @IsString()
  @MaxLength(40)
  from!: string;

  @Field({ description: 'The tag that stays.' })
  @IsString()
  @MaxLength(40)
  into!: string;
}
