import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@forum/api/platform';
import { type QuestionState } from '@forum/shared/domain';
import type { AnswerEntity } from './answers/answer.entity.js';
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

  entity!: AnswerEntity;
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
    body: entity.body,
    language: entity.language,
    state: entity.state,
    score: entity.score,
    answerCount: entity.answerCount,
    tags: (entity.tags ?? []).map((tag) => tag.slug).sort(),
    createdAt: entity.createdAt,
    lastActivityAt: entity.lastActivityAt,
    acceptedAt: entity.acceptedAt,
    entity,
  });
}

export function toAnswer(entity: AnswerEntity): Answer {
  return Object.assign(new Answer(), {
    id: entity.id,
    body: entity.body,
    score: entity.score,
    createdAt: entity.createdAt,
    entity,
  });
}
