import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';

@ArgsType()
export class MentionCandidatesArgs {
  @Field({ description: 'The start of a name or of a word in it (1 to 40 characters).' })
  @IsString()
  @Length(1, 40)
  @Matches(/\S/, { message: 'prefix must contain a letter' })
  prefix!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The question being written on; its participants are offered first.',
  })
  @IsOptional()
  @IsUUID()
  questionId?: string | null;
}
