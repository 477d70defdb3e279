import { Field, ID, InputType } from '@nestjs/graphql';
import { graphqlEnum } from '@forum/api/platform';
import { IsIn, IsUUID } from 'class-validator';

export const VoteTargetEnum = graphqlEnum(
  { Question: 'question', Answer: 'answer' },
  'VoteTarget',
  'What kind of post a vote is on.',
);
export const VoteDirection = { Up: 'up', Down: 'down', None: 'none' } as const;
export type VoteDirection = (typeof VoteDirection)[keyof typeof VoteDirection];
export const VoteDirectionEnum = graphqlEnum(
  VoteDirection,
  'VoteDirection',
  'UP, DOWN, or NONE to withdraw a vote.',
);

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
