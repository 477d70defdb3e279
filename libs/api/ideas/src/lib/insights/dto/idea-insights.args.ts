import { ArgsType, Field, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { IdeaInsightOrder, IdeaInsightOrderEnum } from '../idea-insight-order.enum.js';
import { IdeaInsightFilter } from './idea-insight-filter.input.js';

@ArgsType()
export class IdeaInsightsArgs {
  @Field(() => IdeaInsightFilter, { nullable: true, description: 'Which ideas and votes.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => IdeaInsightFilter)
  filter?: IdeaInsightFilter | null;

  @Field(() => IdeaInsightOrderEnum, { nullable: true, description: 'Ranking; VOTES by default.' })
  @IsOptional()
  @IsIn(Object.values(IdeaInsightOrder))
  orderBy?: IdeaInsightOrder | null;

  @Field(() => Int, { defaultValue: 50, description: 'How many ideas (1 to 500).' })
  @IsInt()
  @Min(1)
  @Max(500)
  first = 50;
}
