import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsUUID } from 'class-validator';
import { VoteDirection, VoteDirectionEnum } from '../vote-direction.enum.js';
import { VoteTargetEnum } from '../vote-target.enum.js';

@InputType({ description: "A person's vote on a question or an answer." })
export class VoteInput {
  @Field(() => VoteTargetEnum, { description: 'Question or answer.' })
  @IsIn(['question', 'answer'])
  target!: 'question' | 'answer';

  @Field(() => ID, { description: 'The post.' })
  @IsUUID()
  id!: string;

  @Field(() => VoteDirectionEnum, { description: 'The vote; NONE withdraws it.' })
  @IsIn(Object.values(VoteDirection))
  direction!: VoteDirection;
}
