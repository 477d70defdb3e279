import { Field, ID, InputType } from '@nestjs/graphql';
import { IdeaStatus } from '@forum/shared/domain';
import { IsDate, IsIn, IsOptional, IsUUID } from 'class-validator';
import { IdeaStatusEnum } from '../../ideas/idea-status.enum.js';

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
