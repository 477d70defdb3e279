import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { searchLimits } from './search.args.js';

@ArgsType()
export class SimilarQuestionsArgs {
  @Field({ description: 'The title being typed.' })
  @IsString()
  @MaxLength(searchLimits.titleMax)
  title!: string;

  @Field(() => String, { nullable: true, description: 'The details typed so far.' })
  @IsOptional()
  @IsString()
  @MaxLength(searchLimits.bodyMax)
  body?: string | null;
}
