import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType, graphqlEnum, PageArgs } from '@forum/api/platform';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsOptional, Matches } from 'class-validator';
import {
  type DeadLetterState,
  deadLetterStates,
  type MailDeadLetterEntity,
} from './mail-dead-letter.entity.js';
import { isResendable, resendDeadMailMax } from './mail-dead-letters.js';

export const DeadMailStateEnum = graphqlEnum(
  { dead: 'dead', resent: 'resent' } satisfies Record<DeadLetterState, DeadLetterState>,
  'DeadMailState',
  'DEAD: given up and waiting for a resend; RESENT: queued again by an admin.',
);

@ObjectType({
  description:
    'A mail the SMTP server did not accept within the retry window (MAIL_RETRY_HOURS). What it says is not shown: its links may be secret.',
})
export class DeadMail {
  @Field(() => ID, { description: 'The letter’s id, for resendDeadMail.' })
  id!: string;

  @Field({ description: 'The mail template, e.g. notification or password-changed.' })
  template!: string;

  @Field({ description: 'transactional (access to an account) or bulk (news and reminders).' })
  mailClass!: string;

  @Field({ description: 'The address the mail was for.' })
  recipient!: string;

  @Field({ description: 'The language it was written in (en or de).' })
  locale!: string;

  @Field(() => Int, { description: 'Attempts made before it was given up.' })
  attempts!: number;

  @Field({ description: 'What the SMTP server or the network said at the last attempt.' })
  lastError!: string;

  @Field({ description: 'When the mail was queued.' })
  queuedAt!: Date;

  @Field({ description: 'When it was tried for the last time and given up.' })
  lastAttemptAt!: Date;

  @Field(() => DeadMailStateEnum, { description: 'Whether it still waits for a resend.' })
  state!: DeadLetterState;

  @Field(() => Date, { nullable: true, description: 'When an admin resent it.' })
  resentAt!: Date | null;

  @Field({
    description:
      'Whether it may be resent. False for mail whose point was a one-time link (sign-in, password reset, e-mail verification): that link has expired, so the person asks for a new one.',
  })
  resendable!: boolean;
}

export function toDeadMail(letter: MailDeadLetterEntity): DeadMail {
  return {
    id: letter.id,
    template: letter.template,
    mailClass: letter.mailClass,
    recipient: letter.recipient,
    locale: letter.locale,
    attempts: letter.attempts,
    lastError: letter.lastError,
    queuedAt: letter.queuedAt,
    lastAttemptAt: letter.lastAttemptAt,
    state: letter.state,
    resentAt: letter.resentAt,
    resendable: letter.state === 'dead' && isResendable(letter),
  };
}

export const DeadMailConnection = ConnectionType(DeadMail, 'DeadMail');

@ArgsType()
export class DeadMailArgs extends PageArgs {
  @Field(() => DeadMailStateEnum, {
    defaultValue: 'dead',
    description: 'Which letters to list: DEAD (the default) or RESENT.',
  })
  @IsOptional()
  @IsIn(deadLetterStates)
  state: DeadLetterState = 'dead';
}

@InputType({ description: 'Dead letters to queue again.' })
export class ResendDeadMailInput {
  @Field(() => [ID], { description: `The letters' ids, 1 to ${resendDeadMailMax}.` })
  @ArrayMinSize(1)
  @ArrayMaxSize(resendDeadMailMax)
  @Matches(/^[0-9]{1,18}$/, { each: true, message: 'each id must be a dead letter id' })
  ids!: string[];
}

@ObjectType({ description: 'What resendDeadMail queued.' })
export class ResendDeadMailPayload {
  @Field(() => [DeadMail], { description: 'The letters, now RESENT.' })
  resent!: DeadMail[];
}
