import { createUnionType, Field, ID, Int, ObjectType } from '@nestjs/graphql';

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

/** Where a notification about a question or one of its posts points to. */
@ObjectType({ isAbstract: true })
abstract class QuestionPostPayload {
  @Field(() => ID, { description: 'The question.' })
  questionId!: string;

  @Field({ description: 'The question’s title when it happened.' })
  questionTitle!: string;
}

@ObjectType({ description: 'A new answer on a question the person follows.' })
export class AnswerPostedPayload extends QuestionPostPayload {
  @Field(() => ID, { description: 'The (latest) new answer; link to it on the question page.' })
  answerId!: string;
}

@ObjectType({
  description: 'A new comment on a question the person follows, or on one of its answers.',
})
export class CommentPostedPayload extends QuestionPostPayload {
  @Field(() => ID, {
    nullable: true,
    description: 'The answer commented on; null for the question.',
  })
  answerId!: string | null;

  @Field(() => ID, { description: 'The (latest) new comment.' })
  commentId!: string;
}

@ObjectType({ description: 'The asker accepted the person’s answer as the solution.' })
export class AnswerAcceptedPayload extends QuestionPostPayload {
  @Field(() => ID, { description: 'The accepted answer.' })
  answerId!: string;
}

@ObjectType({
  description: 'Staff verified the person’s answer as the solution; `actor` says who.',
})
export class AnswerVerifiedPayload extends QuestionPostPayload {
  @Field(() => ID, { description: 'The verified answer.' })
  answerId!: string;

  @Field({
    description:
      'True when the person is told as the asker (a solution to their question was verified), false as the answer’s author.',
  })
  onYourQuestion!: boolean;
}

@ObjectType({ description: 'The person’s question was closed as a duplicate of another one.' })
export class QuestionClosedAsDuplicatePayload extends QuestionPostPayload {
  @Field(() => ID, { description: 'The original question that answers it.' })
  duplicateOfId!: string;

  @Field({ description: 'The original question’s title.' })
  duplicateOfTitle!: string;
}

@ObjectType({ description: 'Someone @mentioned the person in a question, an answer or a comment.' })
export class MentionPayload extends QuestionPostPayload {
  @Field({ description: 'Where the mention is, in lower case: `question`, `answer` or `comment`.' })
  postKind!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The answer that mentions them, or that the mentioning comment is on.',
  })
  answerId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The comment that mentions them, if one does.' })
  commentId!: string | null;
}

@ObjectType({ description: 'A new question in a tag or product the person follows.' })
export class QuestionInFollowedAreaPayload extends QuestionPostPayload {
  @Field(() => ID, { description: 'The question’s product.' })
  productId!: string;
}

@ObjectType({
  description:
    'The person’s answered question has no accepted answer yet: is it solved? Open the solved-check page with the token to answer.',
})
export class QuestionSolvedCheckPayload extends QuestionPostPayload {
  @Field(() => Int, { description: 'Which reminder of the schedule this is, from 1.' })
  step!: number;

  @Field({
    description:
      'Signed token for the solved-check page (`solvedCheck`, `respondToSolvedCheck`); only its recipient sees it.',
  })
  token!: string;
}

@ObjectType({
  description:
    'Nobody claimed a question in time, and the person is the top suggested expert for it.',
})
export class QuestionRoutedPayload extends QuestionPostPayload {
  @Field({ description: 'The title in address form: `/questions/<id>/<slug>`.' })
  questionSlug!: string;

  @Field(() => Int, { description: 'Similar questions where their answer was accepted.' })
  solvedSimilar!: number;

  @Field(() => Int, { description: 'Questions of the product they answered.' })
  answeredInArea!: number;

  @Field(() => String, { nullable: true, description: 'The question’s product.' })
  areaName!: string | null;
}

@ObjectType({ description: 'Staff put the person on a question in the support inbox.' })
export class QuestionAssignedPayload extends QuestionPostPayload {
  @Field({ description: 'The question in address form, for its link.' })
  questionSlug!: string;

  @Field({ description: 'When its first-response target is reached.' })
  dueAt!: Date;
}

@ObjectType({
  description:
    'A question in the person’s area waits too long for a first response: a step of the escalation ladder.',
})
export class QuestionEscalatedPayload extends QuestionPostPayload {
  @Field({ description: 'The question in address form, for its link.' })
  questionSlug!: string;

  @Field({
    description:
      'Which step: `warn` (most of the time used), `breached` (target passed) or `admins`.',
  })
  step!: string;

  @Field({ description: 'When its first-response target is (or was) reached.' })
  dueAt!: Date;
}

const payloadTypes = [
  IdeaStatusChangedPayload,
  IdeaMergedPayload,
  BadgeAwardedPayload,
  FlagResolvedPayload,
  AnswerPostedPayload,
  CommentPostedPayload,
  AnswerAcceptedPayload,
  AnswerVerifiedPayload,
  QuestionClosedAsDuplicatePayload,
  MentionPayload,
  QuestionInFollowedAreaPayload,
  QuestionSolvedCheckPayload,
  QuestionRoutedPayload,
  QuestionAssignedPayload,
  QuestionEscalatedPayload,
] as const;

export const NotificationPayload = createUnionType({
  name: 'NotificationPayload',
  description: 'What a notification says, one type per kind.',
  types: () => payloadTypes,
  resolveType: (payload: object) => payloadTypes.find((type) => payload instanceof type),
});
export type NotificationPayload = InstanceType<(typeof payloadTypes)[number]>;
