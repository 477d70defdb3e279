import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';

@InputType({ description: 'A new name for a tag.' })
export class RenameTagInput {
  @Field({ description: 'The tag as it is now.' })
  @IsString()
  @MaxLength(40)
  slug!: string;

  @Field({ description: 'Its new name.' })
  @IsString()
  @MaxLength(40)
  newName!: string;
}
