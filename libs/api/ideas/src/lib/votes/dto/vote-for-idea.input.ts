import { Field, ID, InputType } from '@nestjs/graphql';
import { ideaLimits, VoteImportance } from '@forum/shared/domain';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { VoteImportanceEnum } from '../vote-importance.enum.js';

@InputType({ description: 'A vote for an idea; voting again changes importance and reason.' })
export class VoteForIdeaInput {
  @Field(() => ID, { description: 'The idea.' })
  @IsUUID()
  ideaId!: string;

  @Field(() => VoteImportanceEnum, { nullable: true, description: 'How much you need it.' })
  @IsOptional()
  @IsIn(Object.values(VoteImportance))
  importance?: VoteImportance | null;

  @Field(() => String, {
    nullable: true,
    description: `Why, in up to ${ideaLimits.reasonMax} characters; only product managers read it.`,
  })
  @IsOptional()
  @IsString()
  @MaxLength(ideaLimits.reasonMax)
  reason?: string | null;
}
