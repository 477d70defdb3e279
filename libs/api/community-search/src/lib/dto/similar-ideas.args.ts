import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { ideaLimits } from '@forum/shared/domain';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

@ArgsType()
export class SimilarIdeasArgs {
  @Field({ description: 'The title being typed.' })
  @IsString()
  @MaxLength(ideaLimits.titleMax)
  title!: string;

  @Field(() => ID, { nullable: true, description: 'Prefer ideas of this product area.' })
  @IsOptional()
  @IsUUID()
  productId?: string | null;

  @Field(() => Int, { defaultValue: 5, description: 'How many (1 to 10).' })
  @IsInt()
  @Min(1)
  @Max(10)
  first = 5;
}
