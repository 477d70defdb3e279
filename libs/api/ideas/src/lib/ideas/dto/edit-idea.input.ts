import { Field, ID, InputType } from '@nestjs/graphql';
import { ideaLimits } from '@forum/shared/domain';
import { IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';

@InputType({ description: 'Changes to an idea; omitted fields stay.' })
export class EditIdeaInput {
  @Field(() => ID, { description: 'The idea.' })
  @IsUUID()
  id!: string;

  @Field(() => String, { nullable: true, description: 'New title.' })
  @IsOptional()
  @IsString()
  @Length(ideaLimits.titleMin, ideaLimits.titleMax)
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'New description in Markdown.' })
  @IsOptional()
  @IsString()
  @MaxLength(ideaLimits.descriptionMax)
  description?: string | null;

  @Field(() => ID, { nullable: true, description: 'New product area.' })
  @IsOptional()
  @IsUUID()
  productId?: string | null;
}
