import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

/** How many of a person's answers one page holds at most. */
export const answersPageMax = 50;

@ArgsType()
export class AnswersArgs {
  @Field(() => ID, { description: 'Whose answers.' })
  @IsUUID()
  authorId!: string;

  @Field(() => Int, {
    defaultValue: 20,
    description: `How many answers to return (1 to ${answersPageMax}).`,
  })
  @IsInt()
  @Min(1)
  @Max(answersPageMax)
  first = 20;

  @Field(() => String, { nullable: true, description: 'Return the answers after this cursor.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string | null;
}
