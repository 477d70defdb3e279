import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { PageArgs } from '@forum/api/platform';
import { LeaderboardPeriod } from '@forum/shared/domain';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { LeaderboardPeriodEnum } from './reputation.models.js';

@ArgsType()
export class ReputationHistoryArgs extends PageArgs {
  @Field(() => ID, { description: 'Whose history.' })
  @IsUUID()
  userId!: string;
}

@ArgsType()
export class LeaderboardArgs {
  @Field(() => ID, { nullable: true, description: 'One product, or every product when omitted.' })
  @IsOptional()
  @IsUUID()
  productId?: string | null;

  @Field(() => LeaderboardPeriodEnum, {
    defaultValue: LeaderboardPeriod.AllTime,
    description: 'Which period.',
  })
  @IsIn(Object.values(LeaderboardPeriod))
  period: LeaderboardPeriod = LeaderboardPeriod.AllTime;

  @Field(() => Int, { defaultValue: 20, description: 'How many places (1 to 100).' })
  @IsInt()
  @Min(1)
  @Max(100)
  first = 20;
}
