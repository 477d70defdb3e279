import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { OptionalViewer, type Viewer } from '@forum/api/identity';
import { type Connection, ConnectionType, type GraphqlContext } from '@forum/api/platform';
import DataLoader from 'dataloader';
import { isVisibleTo } from '../qna.permissions.js';
import type { QuestionEntity } from '../questions/question.entity.js';
import { toQuestion } from '../questions/question.mapper.js';
import { Question } from '../questions/question.model.js';
import { toAnswer } from './answer.mapper.js';
import { Answer } from './answer.model.js';
import { AnswersByAuthor } from './answers-by-author.service.js';
import { AnswersArgs } from './dto/answers.args.js';

export const AnswerConnection = ConnectionType(Answer, 'Answer');

/** A person's answers (for profiles), and what an answer in such a list shows of its question. */
@Resolver(() => Answer)
export class AnswerListResolver {
  private readonly perRequest = new WeakMap<object, DataLoader<string, QuestionEntity | null>>();

  constructor(private readonly byAuthor: AnswersByAuthor) {}

  @Query(() => AnswerConnection, {
    description:
      "A person's answers, newest first. Hidden ones only for moderators and their author; none on deleted or hidden questions the viewer may not see.",
  })
  async answers(
    @Args() args: AnswersArgs,
    @OptionalViewer() viewer?: Viewer,
  ): Promise<Connection<Answer>> {
    const page = await this.byAuthor.list(args, viewer);
    return {
      ...page,
      edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toAnswer(edge.node) })),
    };
  }

  @ResolveField(() => Question, {
    nullable: true,
    description: 'The question it answers; null when the viewer may not see it.',
  })
  async question(
    @Parent() answer: Answer,
    @Context() { req }: GraphqlContext,
    @OptionalViewer() viewer?: Viewer,
  ): Promise<Question | null> {
    const question = await this.questionOf(req, answer);
    return question && isVisibleTo(viewer, question) ? toQuestion(question) : null;
  }

  @ResolveField(() => Boolean, { description: 'Whether it is the accepted solution.' })
  async isAccepted(@Parent() answer: Answer, @Context() { req }: GraphqlContext): Promise<boolean> {
    return (await this.questionOf(req, answer))?.acceptedAnswerId === answer.id;
  }

  private questionOf(request: object, answer: Answer): Promise<QuestionEntity | null> {
    let loader = this.perRequest.get(request);
    if (!loader) {
      loader = new DataLoader((ids: readonly string[]) => this.byAuthor.questions(ids));
      this.perRequest.set(request, loader);
    }
    return loader.load(answer.questionId);
  }
}
