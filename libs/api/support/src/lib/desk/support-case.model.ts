import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType, graphqlEnum } from '@forum/api/platform';
import {
  IsDate,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { SupportCaseStatus } from './support-case.entity.js';

export const SupportCaseStatusEnum = graphqlEnum(
  SupportCaseStatus,
  'SupportCaseStatus',
  'Where a question stands with the support desk.',
);

/** Which part of the inbox to show. */
export const InboxFilter = {
  Mine: 'mine',
  Unclaimed: 'unclaimed',
  MyAreas: 'my_areas',
  AllAreas: 'all_areas',
  WaitingOnCustomer: 'waiting_on_customer',
  Breached: 'breached',
} as const;
export type InboxFilter = (typeof InboxFilter)[keyof typeof InboxFilter];
export const InboxFilterEnum = graphqlEnum(
  InboxFilter,
  'InboxFilter',
  'A view of the experts’ inbox. "My areas" are the products and tags the expert covers (everything for staff who cover none).',
);

@ObjectType({
  description:
    'A question as the support desk sees it: its first-response clock in the product’s business hours, who is on it, and whether the desk waits for the customer. Staff only.',
})
export class SupportCase {
  /** Not exposed: the question field resolves it. */
  questionId!: string;
  productId!: string;
  respondedById!: string | null;
  claimedById!: string | null;
  assignedById!: string | null;

  @Field(() => SupportCaseStatusEnum, { description: 'AWAITING_RESPONSE is in the inbox.' })
  status!: SupportCaseStatus;

  @Field(() => Int, { description: '1 for the first response; each "still not solved" adds one.' })
  cycle!: number;

  @Field({ description: 'When the clock of this cycle started.' })
  clockStartedAt!: Date;

  @Field({
    description:
      'When the first-response target of this cycle is reached (moves later after a pause).',
  })
  dueAt!: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When the response that stopped the clock came.',
  })
  respondedAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Since when the desk waits for the asker; the clock is paused meanwhile.',
  })
  waitingOnCustomerSince!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the current claim was taken.' })
  claimedAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Hidden from the inbox views until then (except Mine); the clock still runs.',
  })
  snoozedUntil!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When this cycle passed its target unanswered.',
  })
  breachedAt!: Date | null;

  @Field({ description: 'Whether this cycle passed its target without a response.' })
  breached!: boolean;
}

@ObjectType({ description: 'How many questions each inbox view holds, for the header.' })
export class ExpertInboxCounts {
  @Field(() => Int, { description: 'Claimed by or assigned to the viewer.' })
  mine!: number;

  @Field(() => Int, { description: 'In the viewer’s areas, nobody on it.' })
  unclaimed!: number;

  @Field(() => Int, { description: 'In the viewer’s areas.' })
  myAreas!: number;

  @Field(() => Int, {
    description: 'Waiting on the customer, in the viewer’s areas or claimed by them.',
  })
  waitingOnCustomer!: number;

  @Field(() => Int, { description: 'Past their target, in the viewer’s areas or claimed by them.' })
  breached!: number;
}

export const SupportCaseConnection = ConnectionType(SupportCase, 'SupportCase');

@ArgsType()
export class ExpertInboxArgs {
  @Field(() => InboxFilterEnum, { defaultValue: InboxFilter.MyAreas, description: 'Which view.' })
  @IsIn(Object.values(InboxFilter))
  filter: InboxFilter = InboxFilter.MyAreas;

  @Field(() => Int, { defaultValue: 20, description: 'How many cases to return (1 to 50).' })
  @IsInt()
  @Min(1)
  @Max(50)
  first = 20;

  @Field(() => String, { nullable: true, description: 'Return the cases after this cursor.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string | null;
}

@InputType({ description: 'Whom to put on a question.' })
export class AssignQuestionInput {
  @Field(() => ID, { description: 'The question.' })
  @IsUUID()
  questionId!: string;

  @Field(() => ID, { description: 'An active expert, moderator or admin.' })
  @IsUUID()
  assigneeId!: string;
}

@InputType({ description: 'Hide a question from the inbox views until a moment.' })
export class SnoozeQuestionInput {
  @Field(() => ID, { description: 'The question.' })
  @IsUUID()
  questionId!: string;

  @Field({ description: 'In the future, at most 30 days ahead.' })
  @IsDate()
  until!: Date;
}
