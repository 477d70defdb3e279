import { ArgsType, Field } from '@nestjs/graphql';
import { PageArgs } from '@forum/api/platform';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, ValidateNested } from 'class-validator';
import { QuestionOrder, QuestionOrderEnum } from '../question-order.enum.js';
import { QuestionFilter } from './question-filter.input.js';

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
