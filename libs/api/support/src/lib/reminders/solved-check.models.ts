import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '@forum/api/platform';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { SolvedCheckResponse } from './solved-reminder-response.entity.js';

/** What the asker does with a reminder. */
export const SolvedCheckAction = {
  Accept: 'accept',
  NotSolved: 'not_solved',
  Stop: 'stop',
} as const;
export type SolvedCheckAction = (typeof SolvedCheckAction)[keyof typeof SolvedCheckAction];

export const SolvedCheckActionEnum = graphqlEnum(
  SolvedCheckAction,
  'SolvedCheckAction',
  'ACCEPT an answer as the solution, say the question is NOT_SOLVED, or STOP the reminders about it.',
);

export const SolvedCheckResponseEnum = graphqlEnum(
  SolvedCheckResponse,
  'SolvedCheckResponse',
  'What the asker answered to a reminder: ACCEPTED an answer, NOT_SOLVED, or STOPPED the reminders.',
);

@ObjectType({ description: 'A visible answer the asker may mark as the solution.' })
export class SolvedCheckAnswer {
  @Field(() => ID, { description: 'The answer, to accept it with.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Its author; null for a deleted account.' })
  authorName!: string | null;

  @Field({ description: 'The start of the answer as plain text, at most 200 characters.' })
  excerpt!: string;
}

@ObjectType({
  description:
    'An "is it solved?" reminder as its link shows it: the asker’s question, its visible answers and what the asker already said.',
})
export class SolvedCheck {
  @Field(() => ID, { description: 'The question asked about.' })
  questionId!: string;

  @Field({ description: 'Its title.' })
  questionTitle!: string;

  @Field({ description: 'For the link `/questions/<id>/<slug>`.' })
  questionSlug!: string;

  @Field(() => Int, { description: 'Which reminder of the schedule the link came with, from 1.' })
  step!: number;

  @Field({ description: 'Closed questions take no answer to the reminder.' })
  closed!: boolean;

  @Field(() => ID, { nullable: true, description: 'The accepted answer, if one is.' })
  acceptedAnswerId!: string | null;

  @Field(() => [SolvedCheckAnswer], {
    description: 'Visible answers by others than the asker, best first.',
  })
  answers!: SolvedCheckAnswer[];

  @Field(() => SolvedCheckResponseEnum, {
    nullable: true,
    description:
      'What the asker already answered to this reminder’s cycle (STOPPED for any cycle); null when nothing yet.',
  })
  response!: SolvedCheckResponse | null;
}

@InputType({ description: 'The asker’s answer to an "is it solved?" reminder.' })
export class RespondToSolvedCheckInput {
  @Field({ description: 'The token from the reminder’s link.' })
  @IsString()
  @MaxLength(400)
  token!: string;

  @Field(() => SolvedCheckActionEnum, { description: 'What the asker answers the reminder.' })
  @IsIn(Object.values(SolvedCheckAction))
  action!: SolvedCheckAction;

  @Field(() => ID, { nullable: true, description: 'The answer to accept; only with ACCEPT.' })
  @IsOptional()
  @IsUUID()
  answerId?: string | null;
}
