import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType, graphqlEnum } from '@forum/api/platform';
import {
  type BadgeDefinition,
  BadgeKey,
  BadgeTier,
  LeaderboardPeriod,
  Privilege,
  ReputationAction,
  ReputationReason,
} from '@forum/shared/domain';
import type { BadgeAwardEntity } from './badges/badge-award.entity.js';
import type { ReputationChangeEntity } from './ledger/reputation-change.entity.js';

export const BadgeKeyEnum = graphqlEnum(BadgeKey, 'BadgeKey', 'Which badge.');
export const BadgeTierEnum = graphqlEnum(BadgeTier, 'BadgeTier', 'Bronze, silver or gold.');
export const ReputationReasonEnum = graphqlEnum(
  ReputationReason,
  'ReputationReason',
  'What a reputation change is about.',
);
export const ReputationActionEnum = graphqlEnum(
  ReputationAction,
  'ReputationAction',
  'Whether the change was earned, or undoes or redoes an earlier one.',
);
export const LeaderboardPeriodEnum = graphqlEnum(
  LeaderboardPeriod,
  'LeaderboardPeriod',
  'The last 7 days, the last 30 days, or all time.',
);
export const PrivilegeEnum = graphqlEnum(Privilege, 'Privilege', 'What reputation unlocks.');

@ObjectType({ description: 'A text in each language of the community.' })
export class LocalizedText {
  @Field({ description: 'English.' })
  en!: string;

  @Field({ description: 'German.' })
  de!: string;
}

@ObjectType({ description: 'One tier of a badge and what earns it.' })
export class BadgeLevel {
  @Field(() => BadgeTierEnum, { description: 'The tier.' })
  tier!: BadgeTier;

  @Field(() => Int, {
    description: 'The count that earns it (accepted answers, upvotes, ...); 1 for one-off badges.',
  })
  threshold!: number;

  @Field(() => LocalizedText, { description: 'What earns it.' })
  description!: LocalizedText;

  @Field(() => Int, { description: 'How many people hold this tier.' })
  holderCount!: number;
}

@ObjectType({ description: 'A badge of the catalog.' })
export class Badge {
  @Field(() => BadgeKeyEnum, { description: 'Stable key.' })
  key!: BadgeKey;

  @Field(() => LocalizedText, { description: 'Its name.' })
  name!: LocalizedText;

  @Field({ description: 'Whether it can be lost again (with a role, or a top position).' })
  revocable!: boolean;

  @Field(() => [BadgeLevel], { description: 'Its tiers, lowest first.' })
  levels!: BadgeLevel[];
}

export function toBadge(definition: BadgeDefinition, holders: Map<string, number>): Badge {
  return Object.assign(new Badge(), {
    key: definition.key,
    name: definition.name,
    revocable: definition.revocable,
    levels: definition.levels.map((level) => ({
      ...level,
      holderCount: holders.get(`${definition.key}/${level.tier}`) ?? 0,
    })),
  });
}

@ObjectType({ description: 'A product area, as far as reputation needs it.' })
export class ReputationProduct {
  @Field(() => ID, { description: 'Identifier of the product.' })
  id!: string;

  @Field({ description: 'Short name used in addresses.' })
  slug!: string;

  @Field({ description: 'Display name.' })
  name!: string;
}

@ObjectType({ description: 'A badge a person earned. Also their notification about it.' })
export class BadgeAward {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;

  @Field(() => BadgeKeyEnum, { description: 'Which badge.' })
  badge!: BadgeKey;

  @Field(() => BadgeTierEnum, { description: 'Which tier.' })
  tier!: BadgeTier;

  @Field({ description: 'When it was awarded.' })
  awardedAt!: Date;

  @Field(() => ID, { nullable: true, description: 'The question that earned it, if a post did.' })
  questionId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The answer that earned it, if one did.' })
  answerId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The idea that earned it (Idea Champion).' })
  ideaId!: string | null;

  entity!: BadgeAwardEntity;
}

export function toBadgeAward(entity: BadgeAwardEntity): BadgeAward {
  return Object.assign(new BadgeAward(), {
    id: entity.id,
    badge: entity.badge,
    tier: entity.tier,
    awardedAt: entity.awardedAt,
    questionId: entity.questionId,
    answerId: entity.answerId,
    ideaId: entity.ideaId,
    entity,
  });
}

@ObjectType({ description: "One change of a person's reputation." })
export class ReputationChange {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;

  @Field(() => Int, { description: 'Points gained (positive) or lost (negative).' })
  delta!: number;

  @Field(() => ReputationReasonEnum, { description: 'What it is about.' })
  reason!: ReputationReason;

  @Field(() => ReputationActionEnum, { description: 'Earned, or undoing or redoing a change.' })
  action!: ReputationAction;

  @Field(() => ID, { description: 'The question it concerns.' })
  questionId!: string;

  @Field(() => ID, { nullable: true, description: 'The answer it concerns, if any.' })
  answerId!: string | null;

  @Field({ description: 'When it happened.' })
  createdAt!: Date;

  entity!: ReputationChangeEntity;
}

export function toReputationChange(entity: ReputationChangeEntity): ReputationChange {
  return Object.assign(new ReputationChange(), {
    id: entity.id,
    delta: entity.delta,
    reason: entity.reason,
    action: entity.action,
    questionId: entity.questionId,
    answerId: entity.answerId,
    createdAt: entity.createdAt,
    entity,
  });
}

export const ReputationChangeConnection = ConnectionType(ReputationChange, 'ReputationChange');

@ObjectType({ description: 'One place on a leaderboard.' })
export class LeaderboardEntry {
  @Field(() => Int, { description: 'Place, from 1.' })
  rank!: number;

  @Field(() => Int, { description: 'Reputation earned in the period (and product).' })
  points!: number;

  userId!: string;
}

@ObjectType({ description: 'A product a person asked or answered in.' })
export class ActiveProduct extends ReputationProduct {
  @Field(() => Int, { description: 'Their visible questions and answers in it.' })
  posts!: number;
}

@ObjectType({ description: 'What a person contributed, for their public profile.' })
export class UserActivity {
  @Field(() => Int, { description: 'Visible questions they asked.' })
  questionCount!: number;

  @Field(() => Int, { description: 'Visible answers they wrote.' })
  answerCount!: number;

  @Field(() => Int, { description: 'Their answers accepted as the solution.' })
  acceptedCount!: number;

  @Field(() => [ActiveProduct], { description: 'Products they are active in, most active first.' })
  products!: ActiveProduct[];
}

@ObjectType({ description: 'A privilege and the reputation it needs.' })
export class PrivilegeRule {
  @Field(() => PrivilegeEnum, { description: 'The privilege.' })
  privilege!: Privilege;

  @Field(() => Int, { description: 'Reputation needed; staff have every privilege.' })
  reputation!: number;
}

@ObjectType({ description: 'What reputation unlocks here, and the limits of new members.' })
export class ReputationPrivileges {
  @Field(() => [PrivilegeRule], { description: 'Every privilege and its threshold.' })
  rules!: PrivilegeRule[];

  @Field(() => Int, { description: 'Questions a day for members below `post_freely`.' })
  newAccountQuestionsPerDay!: number;

  @Field(() => Int, { description: 'Answers a day for members below `post_freely`.' })
  newAccountAnswersPerDay!: number;
}
