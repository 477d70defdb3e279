import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

@ArgsType()
export class TagsArgs {
  @Field({
    nullable: true,
    description: 'Only tags whose slug contains this (up to 40 characters).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  search?: string;

  @Field(() => Int, { defaultValue: 100, description: 'How many (1 to 500).' })
  @IsInt()
  @Min(1)
  @Max(500)
  first!: number;
}
