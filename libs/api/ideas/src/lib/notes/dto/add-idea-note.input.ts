import { Field, ID, InputType } from '@nestjs/graphql';
import { ideaLimits } from '@forum/shared/domain';
import { IsString, IsUUID, Length } from 'class-validator';

@InputType({ description: 'A staff-only note on an idea.' })
export class AddIdeaNoteInput {
  @Field(() => ID, { description: 'The idea.' })
  @IsUUID()
  ideaId!: string;

  @Field({ description: `The note (1 to ${ideaLimits.noteMax} characters).` })
  @IsString()
  @Length(1, ideaLimits.noteMax)
  body!: string;
}
