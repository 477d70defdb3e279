import { Field, ID, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '@forum/api/platform';

export const QuestionActivityKind = { Answer: 'answer', Comment: 'comment' } as const;
export type QuestionActivityKind = (typeof QuestionActivityKind)[keyof typeof QuestionActivityKind];

export const QuestionActivityKindEnum = graphqlEnum(
  QuestionActivityKind,
  'QuestionActivityKind',
  'What was added to a question: an answer, or a comment on the question or one of its answers.',
);

@ObjectType({
  description:
    'Posts that became visible on a question: a new answer (or one shown again by a moderator) or a new comment.',
})
export class QuestionActivity {
  @Field(() => ID, { description: 'The question.' })
  questionId!: string;

  @Field(() => QuestionActivityKindEnum, { description: 'What was added.' })
  kind!: QuestionActivityKind;

  @Field(() => [ID], { description: 'The answers added (empty for a comment).' })
  answerIds!: string[];

  @Field(() => [ID], { description: 'The comments added (empty for an answer).' })
  commentIds!: string[];

  @Field(() => ID, {
    description: 'Who wrote it, so a page can leave out what its own reader posted.',
  })
  authorId!: string;
}
