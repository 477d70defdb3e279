import { Field, ObjectType } from '@nestjs/graphql';
import { Idea } from '@forum/api/ideas';
import { Question } from '@forum/api/qna';
import { PostTypeEnum } from './post-type.enum.js';
import type { PostType } from './posts.index.js';
import { TextSegment } from './text-segment.model.js';

@ObjectType({ description: 'One search hit: a question or an idea.' })
export class SearchHit {
  @Field(() => PostTypeEnum, { description: 'Which of `question` and `idea` is set.' })
  type!: PostType;

  @Field(() => Question, { nullable: true, description: 'The question found, for QUESTION hits.' })
  question!: Question | null;

  @Field(() => Idea, { nullable: true, description: 'The idea found, for IDEA hits.' })
  idea!: Idea | null;

  @Field(() => [TextSegment], { description: 'Its title, with the matched words marked.' })
  title!: TextSegment[];

  @Field(() => [TextSegment], {
    description:
      'The passage that matched (question, accepted answer, another answer or idea description).',
  })
  snippet!: TextSegment[];
}
