import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { AnswerEntity } from './answer.entity.js';

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
