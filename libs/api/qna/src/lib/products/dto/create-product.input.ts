import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, Length, Matches } from 'class-validator';

@InputType({ description: 'A new product area.' })
export class CreateProductInput {
  @Field({ description: 'Short name for addresses: lower-case letters, digits, hyphens.' })
  @Matches(/^[a-z0-9][a-z0-9-]{0,58}[a-z0-9]$/)
  slug!: string;

  @Field({ description: 'Display name (2 to 80 characters).' })
  @IsString()
  @Length(2, 80)
  name!: string;

  @Field(() => String, { nullable: true, description: 'What belongs here (up to 300 characters).' })
  @IsOptional()
  @IsString()
  @Length(0, 300)
  description?: string | null;
}
