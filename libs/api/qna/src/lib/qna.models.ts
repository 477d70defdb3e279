import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@forum/api/platform';
import { type CloseReason, type QuestionState, tagSlug } from '@forum/shared/domain';
import type { AnswerEntity } from './answers/answer.entity.js';
import type { CommentEntity } from './comments/comment.entity.js';
import type { PostRevisionEntity } from './revisions/post-revision.entity.js';
import { CloseReasonEnum } from './qna.inputs.js';
import type { ProductEntity } from './products/product.entity.js';
import type { QuestionEntity } from './questions/question.entity.js';
import { QuestionStateEnum } from './questions/dto/questions.args.js';

@ObjectType({ description: 'A product area questions belong to.' })
export class Product {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;

  @Field({ description: 'Short name used in addresses, e.g. `billing`.' })
  slug!: string;

  @Field({ description: 'Display name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What belongs here.' })
  description!: string | null;
}

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

  entity!: QuestionEntity;
}

@ObjectType({ description: 'An answer to a question.' })
export class Answer {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;

  @Field({ description: 'The answer in Markdown; render it sanitised.' })
  body!: string;

  @Field(() => Int, { description: 'Upvotes minus downvotes.' })
  score!: number;

  @Field({ description: 'When it was posted.' })
  createdAt!: Date;

  @Field({ description: 'When it was last edited.' })
  updatedAt!: Date;

  @Field(() => ID, { description: 'The question it answers.' })
  questionId!: string;

  entity!: AnswerEntity;
}

@ObjectType({ description: 'A short plain-text remark on a question or answer.' })
export class Comment {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;

  @Field({ description: 'Plain text; URLs may be shown as links, nothing else is formatted.' })
  body!: string;

  @Field({ description: 'When it was written.' })
  createdAt!: Date;

  entity!: CommentEntity;
}

@ObjectType({
  description: 'How many people, at how many companies, said an answer worked for them too.',
})
export class Confirmations {
  @Field(() => Int, { description: 'People.' })
  people!: number;

  @Field(() => Int, { description: 'Distinct customer organisations among them.' })
  organisations!: number;
}

@ObjectType({ description: 'A post as it was before one edit.' })
export class Revision {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;

  @Field({ description: 'When the edit was made.' })
  editedAt!: Date;

  @Field(() => String, {
    nullable: true,
    description: 'The title before the edit (questions only).',
  })
  previousTitle!: string | null;

  @Field({ description: 'The text before the edit.' })
  previousBody!: string;

  @Field(() => [String], {
    nullable: true,
    description: 'The tags before the edit (questions only).',
  })
  previousTags!: string[] | null;

  entity!: PostRevisionEntity;
}

@ObjectType({ description: 'How many questions match, per value of a filter.' })
export class FacetCount {
  @Field({ description: 'The value: a state, a product id or a tag.' })
  value!: string;

  @Field(() => Int, { description: 'Matching questions.' })
  count!: number;
}

@ObjectType({ description: 'Counts for the filters of a question list.' })
export class QuestionFacets {
  @Field(() => [FacetCount], { description: 'Per state (lower-case state names).' })
  states!: FacetCount[];

  @Field(() => [FacetCount], { description: 'Per product id.' })
  products!: FacetCount[];

  @Field(() => [FacetCount], { description: 'The 20 most used tags.' })
  tags!: FacetCount[];
}

export const QuestionConnection = ConnectionType(Question, 'Question');

export function toProduct(entity: ProductEntity): Product {
  return Object.assign(new Product(), {
    id: entity.id,
    slug: entity.slug,
    name: entity.name,
    description: entity.description,
  });
}

export function toQuestion(entity: QuestionEntity): Question {
  return Object.assign(new Question(), {
    id: entity.id,
    title: entity.title,
    slug: titleSlug(entity.title),
    body: entity.body,
    language: entity.language,
    state: entity.state,
    score: entity.score,
    answerCount: entity.answerCount,
    tags: (entity.tags ?? []).map((tag) => tag.slug).sort(),
    createdAt: entity.createdAt,
    lastActivityAt: entity.lastActivityAt,
    acceptedAt: entity.acceptedAt,
    viewCount: entity.viewCount,
    closeReason: entity.closeReason,
    isDeleted: entity.deletedAt !== null,
    entity,
  });
}

export function toAnswer(entity: AnswerEntity): Answer {
  return Object.assign(new Answer(), {
    id: entity.id,
    body: entity.body,
    score: entity.score,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
    questionId: entity.questionId,
    entity,
  });
}

export function toComment(entity: CommentEntity): Comment {
  return Object.assign(new Comment(), {
    id: entity.id,
    body: entity.body,
    createdAt: entity.createdAt,
    entity,
  });
}

export function toRevision(entity: PostRevisionEntity): Revision {
  return Object.assign(new Revision(), {
    id: entity.id,
    editedAt: entity.createdAt,
    previousTitle: entity.previousTitle,
    previousBody: entity.previousBody,
    previousTags: entity.previousTags,
    entity,
  });
}

/** "How do I export to Excel?" -> "how-do-i-export-to-excel", at most 80 characters on a word boundary. */
export function titleSlug(title: string): string {
  const slug = tagSlug(title);
  return slug.length <= 80 ? slug : slug.slice(0, 80).replace(/-[^-]*$/, '');
}
