import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType({ description: 'A comment to delete.' })
export class DeleteIdeaCommentInput {
  @Field(() => ID, { description: 'The comment.' })
  @IsUUID()
  id!: string;
}
