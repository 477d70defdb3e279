import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { PageArgs } from '@forum/api/platform';
import {
  type FlagReason,
  flagReasons,
  type FlagTargetKind,
  flagTargetKinds,
  moderationSettingBounds as bounds,
  type ReviewAction,
  reviewActions,
  type ReviewCause,
  reviewCauses,
  reviewLimits,
  type ReviewStatus,
  reviewStatuses,
} from '@forum/shared/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsDate,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  FlagReasonEnum,
  FlagTargetKindEnum,
  ReviewActionEnum,
  ReviewCauseEnum,
  ReviewStatusEnum,
} from './moderation.enums.js';

@InputType({ description: 'A flag on a question, answer, comment or profile.' })
export class FlagContentInput {
  @Field(() => FlagTargetKindEnum, { description: 'What kind of thing.' })
  @IsIn(flagTargetKinds)
  targetKind!: FlagTargetKind;

  @Field(() => ID, { description: 'Its id (for USER, the person’s id).' })
  @IsUUID()
  targetId!: string;

  @Field(() => FlagReasonEnum, { description: 'Why.' })
  @IsIn(flagReasons)
  reason!: FlagReason;

  @Field(() => String, {
    nullable: true,
    description: `What is wrong, up to ${reviewLimits.flagNoteMax} characters; required for OTHER.`,
  })
  @IsOptional()
  @IsString()
  @MaxLength(reviewLimits.flagNoteMax)
  note?: string | null;
}

@InputType({ description: 'Which review items.' })
export class ReviewQueueFilter {
  @Field(() => ReviewCauseEnum, { nullable: true, description: 'Only items of this cause.' })
  @IsOptional()
  @IsIn(reviewCauses)
  cause?: ReviewCause | null;

  @Field(() => ReviewStatusEnum, {
    nullable: true,
    description: 'Items in this status; OPEN by default.',
  })
  @IsOptional()
  @IsIn(reviewStatuses)
  status?: ReviewStatus | null;
}

@ArgsType()
export class ReviewQueueArgs extends PageArgs {
  @Field(() => ReviewQueueFilter, {
    nullable: true,
    description: 'Which items; open ones by default.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReviewQueueFilter)
  filter?: ReviewQueueFilter | null;
}

@InputType({ description: 'A review item.' })
export class ReviewItemIdInput {
  @Field(() => ID, { description: 'The item.' })
  @IsUUID()
  id!: string;
}

@InputType({ description: 'How to resolve one review item.' })
export class ResolveReviewItemInput {
  @Field(() => ID, { description: 'The item.' })
  @IsUUID()
  id!: string;

  @Field(() => ReviewActionEnum, { description: 'The decision.' })
  @IsIn(reviewActions)
  action!: ReviewAction;

  @Field(() => String, {
    nullable: true,
    description: `Why, up to ${reviewLimits.resolutionReasonMax} characters; recorded in the audit log. SUSPEND_AUTHOR needs at least 5 characters, which the author is shown.`,
  })
  @IsOptional()
  @IsString()
  @MaxLength(reviewLimits.resolutionReasonMax)
  reason?: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Until when the author is suspended (SUSPEND_AUTHOR).',
  })
  @IsOptional()
  @IsDate()
  suspendUntil?: Date | null;
}

@InputType({ description: 'One decision for several review items, all or none.' })
export class ResolveReviewItemsInput {
  @Field(() => [ID], { description: `The items (1 to ${reviewLimits.bulkResolveMax}).` })
  @ArrayMinSize(1)
  @ArrayMaxSize(reviewLimits.bulkResolveMax)
  @IsUUID('all', { each: true })
  ids!: string[];

  @Field(() => ReviewActionEnum, { description: 'The decision.' })
  @IsIn(reviewActions)
  action!: ReviewAction;

  @Field(() => String, {
    nullable: true,
    description: `Why, up to ${reviewLimits.resolutionReasonMax} characters.`,
  })
  @IsOptional()
  @IsString()
  @MaxLength(reviewLimits.resolutionReasonMax)
  reason?: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Until when the authors are suspended (SUSPEND_AUTHOR).',
  })
  @IsOptional()
  @IsDate()
  suspendUntil?: Date | null;
}

@InputType({ description: 'Moderation settings to change; fields left out stay as they are.' })
export class UpdateModerationSettingsInput {
  @Field(() => Int, { nullable: true, description: 'Flag weight that hides a post (1 to 100).' })
  @IsOptional()
  @IsInt()
  @Min(bounds.flagHideWeight.min)
  @Max(bounds.flagHideWeight.max)
  flagHideWeight?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Reputation below which an account is new (0 to 100000).',
  })
  @IsOptional()
  @IsInt()
  @Min(bounds.newAccountReputation.min)
  @Max(bounds.newAccountReputation.max)
  newAccountReputation?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Age in days below which an account is new (0 to 365).',
  })
  @IsOptional()
  @IsInt()
  @Min(bounds.newAccountDays.min)
  @Max(bounds.newAccountDays.max)
  newAccountDays?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Hold posts with many links.' })
  @IsOptional()
  @IsBoolean()
  linkRuleEnabled?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Links that hold a post (1 to 50).' })
  @IsOptional()
  @IsInt()
  @Min(bounds.maxLinks.min)
  @Max(bounds.maxLinks.max)
  maxLinks?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Hold repeats of recent posts.' })
  @IsOptional()
  @IsBoolean()
  repeatRuleEnabled?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Days a repeat looks back (1 to 90).' })
  @IsOptional()
  @IsInt()
  @Min(bounds.repeatWindowDays.min)
  @Max(bounds.repeatWindowDays.max)
  repeatWindowDays?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Hold posts written faster than anyone types.',
  })
  @IsOptional()
  @IsBoolean()
  typingRuleEnabled?: boolean | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Characters per second that hold a post (1 to 1000).',
  })
  @IsOptional()
  @IsInt()
  @Min(bounds.maxCharactersPerSecond.min)
  @Max(bounds.maxCharactersPerSecond.max)
  maxCharactersPerSecond?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Queue new accounts’ first posts.' })
  @IsOptional()
  @IsBoolean()
  firstPostReviewEnabled?: boolean | null;
}

@InputType({ description: 'An account to trust or stop trusting.' })
export class AccountTrustInput {
  @Field(() => ID, { description: 'The person.' })
  @IsUUID()
  userId!: string;
}
