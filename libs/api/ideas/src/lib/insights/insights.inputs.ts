import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { graphqlEnum } from '@forum/api/platform';
import { IdeaStatus } from '@forum/shared/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsDate,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { IdeaStatusEnum } from '../ideas/dto/idea.inputs.js';

export const IdeaInsightOrder = {
  Votes: 'votes',
  WeightedVotes: 'weighted_votes',
  Organisations: 'organisations',
  Trending: 'trending',
  Demand: 'demand',
} as const;
export type IdeaInsightOrder = (typeof IdeaInsightOrder)[keyof typeof IdeaInsightOrder];

export const IdeaInsightOrderEnum = graphqlEnum(
  IdeaInsightOrder,
  'IdeaInsightOrder',
  'How to rank ideas: VOTES (in the period when one is given), WEIGHTED_VOTES by plan, distinct ORGANISATIONS, TRENDING (last 14 days against the 14 before), DEMAND (people who asked linked questions).',
);

@InputType({ description: 'Which ideas and which votes the insights cover.' })
export class IdeaInsightFilter {
  @Field(() => ID, { nullable: true, description: 'Only this product area.' })
  @IsOptional()
  @IsUUID()
  productId?: string | null;

  @Field(() => [IdeaStatusEnum], { nullable: true, description: 'Only ideas in these statuses.' })
  @IsOptional()
  @IsIn(Object.values(IdeaStatus), { each: true })
  statuses?: IdeaStatus[] | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Count votes cast on or after this day (UTC) in `periodVotes`.',
  })
  @IsOptional()
  @IsDate()
  from?: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Count votes cast on or before this day (UTC) in `periodVotes`.',
  })
  @IsOptional()
  @IsDate()
  to?: Date | null;
}

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

@ArgsType()
export class IdeaVoteTrendArgs {
  @Field(() => [ID], { description: 'The ideas (1 to 20).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  ideaIds!: string[];

  @Field(() => Int, { defaultValue: 26, description: 'How many weeks, up to this one (1 to 104).' })
  @IsInt()
  @Min(1)
  @Max(104)
  weeks = 26;
}

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
