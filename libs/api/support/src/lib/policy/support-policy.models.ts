import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '@forum/api/platform';
import { Product } from '@forum/api/qna';
import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { ClockStop } from './support-policy.entity.js';

export const ClockStopEnum = graphqlEnum(
  ClockStop,
  'ClockStop',
  'What stops a question’s response clock: the first staff answer or the first answer by anyone but the asker.',
);

export const supportPolicyLimits = {
  holidaysMax: 60,
  targetMinutesMin: 15,
  targetMinutesMax: 43_200,
  warnPercentMin: 10,
  warnPercentMax: 99,
  adminPercentMin: 101,
  adminPercentMax: 1000,
} as const;

@ObjectType({
  description:
    'A product’s support promise: business hours, the first-response target counted in them, and the escalation ladder.',
})
export class SupportPolicy {
  @Field(() => Product, { description: 'The product.' })
  product!: Product;

  @Field({ description: 'Whether the product uses the defaults (no policy of its own saved).' })
  isDefault!: boolean;

  @Field({ description: 'IANA time zone of the hours and holidays, e.g. `Europe/Berlin`.' })
  timeZone!: string;

  @Field(() => [Int], { description: 'Working days as ISO weekdays, Monday = 1.' })
  workingDays!: number[];

  @Field(() => Int, { description: 'Start of the working day, minutes after local midnight.' })
  dayStartMinute!: number;

  @Field(() => Int, { description: 'End of the working day, minutes after local midnight.' })
  dayEndMinute!: number;

  @Field(() => [String], { description: 'Local dates (`YYYY-MM-DD`) with no working hours.' })
  holidays!: string[];

  @Field(() => Int, { description: 'Working minutes from asking to the first response.' })
  firstResponseTargetMinutes!: number;

  @Field(() => Int, {
    description: 'Share of the target (percent) when covering experts are reminded.',
  })
  warnAtPercent!: number;

  @Field(() => Int, { description: 'Share of the target (percent) when admins are told.' })
  adminEscalationPercent!: number;

  @Field(() => ID, { nullable: true, description: 'Lead expert, told when the target passes.' })
  leadExpertId!: string | null;

  @Field(() => ClockStopEnum, { description: 'What stops the response clock.' })
  clockStopsAt!: ClockStop;
}

@InputType({ description: 'A product’s whole support policy, replacing what was saved.' })
export class UpdateSupportPolicyInput {
  @Field(() => ID, { description: 'The product.' })
  @IsUUID()
  productId!: string;

  @Field({ description: 'IANA time zone, e.g. `Europe/Berlin`.' })
  @IsString()
  @MaxLength(64)
  timeZone!: string;

  @Field(() => [Int], { description: 'ISO weekdays 1 (Monday) to 7, each once, at least one.' })
  @ArrayMaxSize(7)
  @IsInt({ each: true })
  workingDays!: number[];

  @Field(() => Int, { description: 'Start of the day in minutes, 0 to 1439.' })
  @IsInt()
  dayStartMinute!: number;

  @Field(() => Int, { description: 'End of the day in minutes, after the start, up to 1440.' })
  @IsInt()
  dayEndMinute!: number;

  @Field(() => [String], {
    description: `Holidays as \`YYYY-MM-DD\` (up to ${supportPolicyLimits.holidaysMax}).`,
  })
  @ArrayMaxSize(supportPolicyLimits.holidaysMax)
  @IsString({ each: true })
  @MaxLength(10, { each: true })
  holidays!: string[];

  @Field(() => Int, { description: 'First-response target in working minutes, 15 to 43200.' })
  @IsInt()
  firstResponseTargetMinutes!: number;

  @Field(() => Int, { description: 'Reminder to covering experts, 10 to 99 percent.' })
  @IsInt()
  warnAtPercent!: number;

  @Field(() => Int, { description: 'Admins are told at this share, 101 to 1000 percent.' })
  @IsInt()
  adminEscalationPercent!: number;

  @Field(() => ID, {
    nullable: true,
    description: 'Lead expert: staff who cover the product; null for none.',
  })
  @IsOptional()
  @IsUUID()
  leadExpertId?: string | null;

  @Field(() => ClockStopEnum, { description: 'What stops the response clock.' })
  @IsIn(Object.values(ClockStop))
  clockStopsAt!: ClockStop;
}
