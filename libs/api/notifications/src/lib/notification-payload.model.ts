import { createUnionType, Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'An idea someone follows moved to another status.' })
export class IdeaStatusChangedPayload {
  @Field(() => ID, { description: 'The idea.' })
  ideaId!: string;

  @Field({ description: 'The idea’s title when its status changed.' })
  ideaTitle!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The status change, with its public message; null for early notifications.',
  })
  statusChangeId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The status before, in lower case (`under_review`).',
  })
  fromStatus!: string | null;

  @Field({ description: 'The status now, in lower case (`planned`, `shipped`).' })
  toStatus!: string;

  @Field(() => String, { nullable: true, description: 'What product management wrote about it.' })
  message!: string | null;
}

@ObjectType({ description: 'An idea someone voted for was merged into another one.' })
export class IdeaMergedPayload {
  @Field(() => ID, { description: 'The duplicate that was merged.' })
  ideaId!: string;

  @Field({ description: 'The duplicate’s title.' })
  ideaTitle!: string;

  @Field(() => ID, { description: 'The idea that kept the votes.' })
  targetId!: string;

  @Field({ description: 'The title of the idea that kept the votes.' })
  targetTitle!: string;
}

@ObjectType({ description: 'The person earned a badge.' })
export class BadgeAwardedPayload {
  @Field(() => ID, { nullable: true, description: 'The award; null for early notifications.' })
  awardId!: string | null;

  @Field({ description: 'Which badge, in lower case (`solution_author`).' })
  badge!: string;

  @Field({ description: 'Which tier, in lower case (`bronze`, `silver`, `gold`).' })
  tier!: string;

  @Field(() => ID, { nullable: true, description: 'The question that earned it, if one did.' })
  questionId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The answer that earned it, if one did.' })
  answerId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The product area it is for, if any.' })
  productId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The idea that earned it, if one did.' })
  ideaId!: string | null;
}

@ObjectType({
  description:
    'A review of something the person flagged ended: their flag was upheld (the content was hidden, deleted or its author suspended) or dismissed.',
})
export class FlagResolvedPayload {
  @Field(() => ID, { description: 'The review item that was resolved.' })
  reviewItemId!: string;

  @Field({
    description: 'What was flagged, in lower case (`question`, `answer`, `comment`, `user`).',
  })
  targetKind!: string;

  @Field(() => ID, { description: 'The flagged question, answer, comment or person.' })
  targetId!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The question to link to (the post’s, or the one a comment is under); null for a person.',
  })
  questionId!: string | null;

  @Field({ description: 'What became of the flag: `upheld` or `dismissed`.' })
  outcome!: string;
}

const payloadTypes = [
  IdeaStatusChangedPayload,
  IdeaMergedPayload,
  BadgeAwardedPayload,
  FlagResolvedPayload,
] as const;

export const NotificationPayload = createUnionType({
  name: 'NotificationPayload',
  description: 'What a notification says, one type per kind.',
  types: () => payloadTypes,
  resolveType: (payload: object) => payloadTypes.find((type) => payload instanceof type),
});
export type NotificationPayload =
  IdeaStatusChangedPayload | IdeaMergedPayload | BadgeAwardedPayload | FlagResolvedPayload;
