import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { IdeaInsightFilter } from './idea-insight-filter.input.js';

@ArgsType()
export class IdeaVoteBreakdownArgs {
  @Field(() => ID, {
    nullable: true,
    description: "One idea's votes; without it, the votes of every idea the filter admits.",
  })
  @IsOptional()
  @IsUUID()
  ideaId?: string | null;

  @Field(() => IdeaInsightFilter, {
    nullable: true,
    description: 'Which ideas, when no idea is named (the period does not apply here).',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => IdeaInsightFilter)
  filter?: IdeaInsightFilter | null;
}
