import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { graphqlEnum, PageArgs } from '@forum/api/platform';
import { QuestionState } from '@forum/shared/domain';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';

export const QuestionOrder = { Newest: 'newest', Active: 'active', Top: 'top' } as const;
export type QuestionOrder = (typeof QuestionOrder)[keyof typeof QuestionOrder];

export const QuestionOrderEnum = graphqlEnum(
  QuestionOrder,
  'QuestionOrder',
  'How to sort questions: NEWEST asked, recently ACTIVE, TOP score.',
);
export const QuestionStateEnum = graphqlEnum(
  QuestionState,
  'QuestionState',
  'OPEN (no answer yet), ANSWERED (has answers), SOLVED (has an accepted solution) or CLOSED.',
);

@InputType({ description: 'Which questions to list; all conditions must hold.' })
export class QuestionFilter {
  @Field(() => ID, { nullable: true, description: 'Only this product area.' })
  @IsOptional()
  @IsUUID()
  productId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only questions with this tag (its slug).' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  tag?: string | null;

  @Field(() => [QuestionStateEnum], {
    nullable: true,
    description: 'Only questions in these states.',
  })
  @IsOptional()
  @IsIn(Object.values(QuestionState), { each: true })
  states?: QuestionState[] | null;

  @Field(() => ID, { nullable: true, description: 'Only questions asked by this person.' })
  @IsOptional()
  @IsUUID()
  authorId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only questions without any answer.' })
  @IsOptional()
  @IsBoolean()
  unanswered?: boolean | null;
}

@ArgsType()
export class QuestionsArgs extends PageArgs {
  @Field(() => QuestionFilter, { nullable: true, description: 'Which questions.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => QuestionFilter)
  filter?: QuestionFilter | null;

  @Field(() => QuestionOrderEnum, { nullable: true, description: 'Sort order; ACTIVE by default.' })
  @IsOptional()
  @IsIn(Object.values(QuestionOrder))
  orderBy?: QuestionOrder | null;
}
