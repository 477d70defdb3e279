import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@forum/api/platform';
import type {
  FlagReason,
  FlagTargetKind,
  ReviewAction,
  ReviewCause,
  ReviewStatus,
} from '@forum/shared/domain';
import type { FlagEntity } from '../flags/flag.entity.js';
import type { ReviewItemEntity } from '../queue/review-item.entity.js';
import type { ModerationSettingsEntity } from '../settings/moderation-settings.entity.js';
import type { TargetFacts } from '../targets/review-targets.js';
import {
  FlagReasonEnum,
  FlagTargetKindEnum,
  ReviewActionEnum,
  ReviewCauseEnum,
  ReviewStatusEnum,
} from './moderation.enums.js';

@ObjectType({ description: 'A flag the signed-in person cast.' })
export class Flag {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;

  @Field(() => FlagTargetKindEnum, { description: 'What kind of thing was flagged.' })
  targetKind!: FlagTargetKind;

  @Field(() => ID, { description: 'The flagged question, answer, comment or person.' })
  targetId!: string;

  @Field(() => FlagReasonEnum, { description: 'Why.' })
  reason!: FlagReason;

  @Field(() => String, {
    nullable: true,
    description: 'The flagger’s note (up to 500 characters).',
  })
  note!: string | null;

  @Field({ description: 'When it was cast.' })
  createdAt!: Date;
}

export function toFlag(entity: FlagEntity): Flag {
  return {
    id: entity.id,
    targetKind: entity.targetKind,
    targetId: entity.targetId,
    reason: entity.reason,
    note: entity.note,
    createdAt: entity.createdAt,
  };
}

@ObjectType({ description: 'One flag on a review item, as reviewers see it.' })
export class ReviewFlag {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;

  @Field(() => FlagReasonEnum, { description: 'Why it was flagged.' })
  reason!: FlagReason;

  @Field(() => String, { nullable: true, description: 'The flagger’s note.' })
  note!: string | null;

  @Field(() => Int, {
    description:
      'How much it counts towards hiding: 1 to 3 by the flagger’s reputation; staff flags count fully.',
  })
  weight!: number;

  @Field({ description: 'When it was cast.' })
  createdAt!: Date;

  /** Resolved to a `User` by the resolver. */
  flaggerId!: string;
}

@ObjectType({ description: 'What a review item is about, as it is now.' })
export class ReviewTarget {
  @Field(() => FlagTargetKindEnum, { description: 'Its kind.' })
  kind!: FlagTargetKind;

  @Field(() => ID, { description: 'The question, answer, comment, person or idea.' })
  id!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The question to open: the post’s own question, or the one a comment is under; null for a person or an idea.',
  })
  questionId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The product area; null for a person.' })
  productId!: string | null;

  @Field({ description: 'The question’s or idea’s title, or the person’s display name.' })
  title!: string;

  @Field({
    description:
      'The post’s Markdown, the comment’s text or the idea’s description; empty for a person.',
  })
  body!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Why the post is hidden (`flagged`, `awaiting_review`, `moderator`); null when it is public.',
  })
  hiddenReason!: string | null;

  @Field({
    description: 'Whether it was deleted meanwhile (for an idea: merged into another).',
  })
  deleted!: boolean;

  /** Resolved to a `User` by the resolver. */
  authorId!: string;
}

export function toReviewTarget(facts: TargetFacts): ReviewTarget {
  return {
    kind: facts.kind,
    id: facts.id,
    questionId: facts.questionId,
    productId: facts.productId,
    title: facts.title,
    body: facts.body,
    hiddenReason: facts.hiddenReason,
    deleted: facts.deleted,
    authorId: facts.authorId,
  };
}

@ObjectType({
  description:
    'Something for moderators (and, for NEEDS_STAFF flags, experts of its product area) to decide on. One open item per target.',
})
export class ReviewItem {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;

  @Field(() => FlagTargetKindEnum, { description: 'What kind of thing it is about.' })
  targetKind!: FlagTargetKind;

  @Field(() => ID, { description: 'The question, answer, comment or person it is about.' })
  targetId!: string;

  @Field(() => ReviewTarget, {
    nullable: true,
    description: 'The target as it is now; null when it no longer exists.',
  })
  target!: ReviewTarget | null;

  @Field(() => ReviewCauseEnum, { description: 'Why it is in the queue.' })
  cause!: ReviewCause;

  @Field(() => ReviewStatusEnum, { description: 'Where it stands.' })
  status!: ReviewStatus;

  @Field(() => String, {
    nullable: true,
    description:
      'The spam rule that held the post (`links`, `repeated_text`, `typing_speed`), for SPAM_RULE items.',
  })
  spamRule!: string | null;

  @Field(() => Int, { description: 'How many flags it has.' })
  flagCount!: number;

  @Field(() => Int, { description: 'The summed weight of its flags.' })
  flagWeight!: number;

  @Field({ description: 'Whether a flag asks for staff (NEEDS_STAFF).' })
  needsStaff!: boolean;

  @Field(() => [ReviewFlag], { description: 'Its flags, oldest first.' })
  flags!: ReviewFlag[];

  @Field(() => Date, {
    nullable: true,
    description: 'Until when the claim holds; null when unclaimed.',
  })
  claimedUntil!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was resolved.' })
  resolvedAt!: Date | null;

  @Field(() => ReviewActionEnum, { nullable: true, description: 'What the reviewer decided.' })
  resolutionAction!: ReviewAction | null;

  @Field(() => String, { nullable: true, description: 'The reviewer’s reason.' })
  resolutionReason!: string | null;

  @Field({ description: 'When it entered the queue.' })
  createdAt!: Date;

  /** Resolved to `User`s by the resolver. */
  claimedById!: string | null;
  resolvedById!: string | null;
}

export function toReviewItem(
  entity: ReviewItemEntity,
  facts: TargetFacts | null,
  flags: readonly FlagEntity[],
  now: Date,
): ReviewItem {
  const claimed = entity.claimedUntil !== null && entity.claimedUntil > now;
  return {
    id: entity.id,
    targetKind: entity.targetKind,
    targetId: entity.targetId,
    target: facts ? toReviewTarget(facts) : null,
    cause: entity.cause,
    status: entity.status,
    spamRule: entity.spamRule,
    flagCount: entity.flagCount,
    flagWeight: entity.flagWeight,
    needsStaff: entity.needsStaff,
    flags: flags.map((flag) => ({
      id: flag.id,
      reason: flag.reason,
      note: flag.note,
      weight: flag.weight,
      createdAt: flag.createdAt,
      flaggerId: flag.flaggerId,
    })),
    claimedById: claimed ? entity.claimedById : null,
    claimedUntil: claimed ? entity.claimedUntil : null,
    resolvedById: entity.resolvedById,
    resolvedAt: entity.resolvedAt,
    resolutionAction: entity.resolutionAction,
    resolutionReason: entity.resolutionReason,
    createdAt: entity.createdAt,
  };
}

export const ReviewItemConnection = ConnectionType(ReviewItem, 'ReviewItem');

@ObjectType({ description: 'The installation’s moderation settings (admins change them).' })
export class ModerationSettings {
  @Field(() => Int, {
    description:
      'Open flags of this summed weight hide a question or answer until reviewed (1 to 100).',
  })
  flagHideWeight!: number;

  @Field(() => Int, {
    description: 'Below this reputation an account counts as new (0 to 100000).',
  })
  newAccountReputation!: number;

  @Field(() => Int, {
    description: 'Younger than this many days an account counts as new (0 to 365).',
  })
  newAccountDays!: number;

  @Field({ description: 'Whether posts of new accounts with many links are held.' })
  linkRuleEnabled!: boolean;

  @Field(() => Int, {
    description: 'A new account’s post with at least this many links is held (1 to 50).',
  })
  maxLinks!: number;

  @Field({ description: 'Whether a new account repeating one of its recent posts is held.' })
  repeatRuleEnabled!: boolean;

  @Field(() => Int, { description: 'How many days back a repeat counts (1 to 90).' })
  repeatWindowDays!: number;

  @Field({ description: 'Whether a new account writing faster than anyone types is held.' })
  typingRuleEnabled!: boolean;

  @Field(() => Int, {
    description:
      'Characters per second since the previous post above which a new account’s post is held (1 to 1000).',
  })
  maxCharactersPerSecond!: number;

  @Field({
    description:
      'Whether a new account’s first post that no rule held is queued (it stays public).',
  })
  firstPostReviewEnabled!: boolean;

  @Field({ description: 'When they last changed.' })
  updatedAt!: Date;
}

export function toModerationSettings(entity: ModerationSettingsEntity): ModerationSettings {
  return {
    flagHideWeight: entity.flagHideWeight,
    newAccountReputation: entity.newAccountReputation,
    newAccountDays: entity.newAccountDays,
    linkRuleEnabled: entity.linkRuleEnabled,
    maxLinks: entity.maxLinks,
    repeatRuleEnabled: entity.repeatRuleEnabled,
    repeatWindowDays: entity.repeatWindowDays,
    typingRuleEnabled: entity.typingRuleEnabled,
    maxCharactersPerSecond: entity.maxCharactersPerSecond,
    firstPostReviewEnabled: entity.firstPostReviewEnabled,
    updatedAt: entity.updatedAt,
  };
}

@ObjectType({
  description: 'Whether admins trust an account (trusted accounts skip the spam rules).',
})
export class AccountTrust {
  @Field(() => ID, { description: 'The person.' })
  userId!: string;

  @Field({ description: 'Whether the account is trusted now.' })
  trusted!: boolean;
}
