import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType({ description: 'A post to delete or restore.' })
export class PostIdInput {
  @Field(() => ID, { description: 'The question or answer.' })
  @IsUUID()
  id!: string;
}
