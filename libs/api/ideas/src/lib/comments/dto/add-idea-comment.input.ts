import { Field, ID, InputType } from '@nestjs/graphql';
import { ideaLimits } from '@forum/shared/domain';
import { IsString, IsUUID, Length } from 'class-validator';

@InputType({ description: 'A comment on an idea.' })
export class AddIdeaCommentInput {
  @Field(() => ID, { description: 'The idea.' })
  @IsUUID()
  ideaId!: string;

  @Field({
    description: `The comment in Markdown (${ideaLimits.commentMin} to ${ideaLimits.commentMax} characters).`,
  })
  @IsString()
  @Length(ideaLimits.commentMin, ideaLimits.commentMax)
  body!: string;
}
