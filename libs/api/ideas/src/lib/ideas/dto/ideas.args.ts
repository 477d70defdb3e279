import { ArgsType, Field } from '@nestjs/graphql';
import { PageArgs } from '@forum/api/platform';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, ValidateNested } from 'class-validator';
import { IdeaOrder, IdeaOrderEnum } from '../idea-order.enum.js';
import { IdeaFilter } from './idea-filter.input.js';

@ArgsType()
export class IdeasArgs extends PageArgs {
  @Field(() => IdeaFilter, { nullable: true, description: 'Which ideas.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => IdeaFilter)
  filter?: IdeaFilter | null;

  @Field(() => IdeaOrderEnum, { nullable: true, description: 'Sort order; TOP by default.' })
  @IsOptional()
  @IsIn(Object.values(IdeaOrder))
  orderBy?: IdeaOrder | null;
}
