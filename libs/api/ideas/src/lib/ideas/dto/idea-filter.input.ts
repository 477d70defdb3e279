import { Field, ID, InputType } from '@nestjs/graphql';
import { IdeaStatus } from '@forum/shared/domain';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { IdeaStatusEnum } from '../idea-status.enum.js';

@InputType({ description: 'Which ideas to list; all conditions must hold.' })
export class IdeaFilter {
  @Field(() => [IdeaStatusEnum], { nullable: true, description: 'Only ideas in these statuses.' })
  @IsOptional()
  @IsIn(Object.values(IdeaStatus), { each: true })
  statuses?: IdeaStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Only this product area.' })
  @IsOptional()
  @IsUUID()
  productId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only ideas proposed by this person.' })
  @IsOptional()
  @IsUUID()
  authorId?: string | null;
}
