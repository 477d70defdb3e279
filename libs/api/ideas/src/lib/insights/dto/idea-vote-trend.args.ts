import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsInt, IsUUID, Max, Min } from 'class-validator';

@ArgsType()
export class IdeaVoteTrendArgs {
  @Field(() => [ID], { description: 'The ideas (1 to 20).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  ideaIds!: string[];

  @Field(() => Int, { defaultValue: 26, description: 'How many weeks, up to this one (1 to 104).' })
  @IsInt()
  @Min(1)
  @Max(104)
  weeks = 26;
}
