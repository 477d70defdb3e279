import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';

@ArgsType()
export class TagArgs {
  @Field({ description: 'The tag slug (up to 40 characters).' })
  @IsString()
  @MaxLength(40)
  slug!: string;
}
