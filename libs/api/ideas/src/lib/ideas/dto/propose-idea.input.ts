import { Field, ID, InputType } from '@nestjs/graphql';
import { ideaLimits } from '@forum/shared/domain';
import { IsString, IsUUID, Length, MaxLength } from 'class-validator';

@InputType({ description: 'A new feature idea.' })
export class ProposeIdeaInput {
  @Field({
    description: `What should be possible (${ideaLimits.titleMin} to ${ideaLimits.titleMax} characters).`,
  })
  @IsString()
  @Length(ideaLimits.titleMin, ideaLimits.titleMax)
  title!: string;

  @Field({
    description: `Why and how, in Markdown (up to ${ideaLimits.descriptionMax} characters).`,
  })
  @IsString()
  @MaxLength(ideaLimits.descriptionMax)
  description!: string;

  @Field(() => ID, { description: 'The product area it is about.' })
  @IsUUID()
  productId!: string;
}
