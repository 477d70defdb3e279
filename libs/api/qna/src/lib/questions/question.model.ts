import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@forum/api/platform';
import type { CloseReason, QuestionState } from '@forum/shared/domain';
import { CloseReasonEnum } from './close-reason.enum.js';
import type { QuestionEntity } from './question.entity.js';
import { QuestionStateEnum } from './question-state.enum.js';

@ObjectType({ description: 'A question asked in the community.' })
export class Question {
  @Field(() => ID, { description: 'Identifier; part of the question address.' })
  id!: string;

  @Field({ description: 'The question itself.' })
  title!: string;

  @Field({
    description: 'The title in address form, for readable links: `/questions/<id>/<slug>`.',
  })
  slug!: string;

  @Field({ description: 'Details in Markdown; render it sanitised.' })
  body!: string;

  @Field({ description: 'Language it is written in: `en` or `de`.' })
  language!: string;

  @Field(() => QuestionStateEnum, { description: 'Open, answered, solved or closed.' })
  state!: QuestionState;

  @Field(() => Int, { description: 'Upvotes minus downvotes.' })
  score!: number;

  @Field(() => Int, { description: 'How many answers it has.' })
  answerCount!: number;

  @Field(() => [String], { description: 'Tag slugs.' })
  tags!: string[];

  @Field({ description: 'When it was asked.' })
  createdAt!: Date;

  @Field({ description: 'When it was last asked, answered, edited or solved.' })
  lastActivityAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When its solution was accepted.' })
  acceptedAt!: Date | null;

  @Field(() => Int, { description: 'Visitors, counted once per visitor per day.' })
  viewCount!: number;

  @Field(() => CloseReasonEnum, { nullable: true, description: 'Why it was closed.' })
  closeReason!: CloseReason | null;

  @Field({ description: 'Whether it was deleted (visible to moderators only, for restoring).' })
  isDeleted!: boolean;

  @Field(() => Date, {
    nullable: true,
    description: 'When a moderator locked it against new answers, comments and edits by authors.',
  })
  lockedAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: "When a moderator pinned it to the top of its product's lists.",
  })
  pinnedAt!: Date | null;

  entity!: QuestionEntity;
}

export const QuestionConnection = ConnectionType(Question, 'Question');
