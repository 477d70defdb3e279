import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';

@InputType({ description: 'Two tags that mean the same.' })
export class MergeTagsInput {
  @Field({ description: 'The tag that goes away.' })
  @IsString()
  @MaxLength(40)
  from!: string;

  @Field({ description: 'The tag that stays.' })
  @IsString()
  @MaxLength(40)
  into!: string;
}
