import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, Length } from 'class-validator';

@InputType({ description: "Changes to a product area's name or description." })
export class UpdateProductInput {
  @Field(() => ID, { description: 'The product area.' })
  @IsUUID()
  id!: string;

  @Field(() => String, { nullable: true, description: 'New display name (2 to 80 characters).' })
  @IsOptional()
  @IsString()
  @Length(2, 80)
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'New description (up to 300 characters).' })
  @IsOptional()
  @IsString()
  @Length(0, 300)
  description?: string | null;
}
