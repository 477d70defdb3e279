import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { CurrentViewer, User, toUser, UserLoader, type Viewer } from '@forum/api/identity';
import type { Connection, GraphqlContext } from '@forum/api/platform';
import {
  AcceptAnswerInput,
  PostAnswerInput,
  UnacceptAnswerInput,
} from './answers/dto/answer.inputs.js';
import { AnswerService } from './answers/answer.service.js';
import { CreateProductInput } from './products/dto/create-product.input.js';
import { ProductService } from './products/product.service.js';
import {
  Answer,
  Product,
  Question,
  QuestionConnection,
  toAnswer,
  toProduct,
  toQuestion,
} from './qna.models.js';
import { AskQuestionInput } from './questions/dto/ask-question.input.js';
import { QuestionsArgs } from './questions/dto/questions.args.js';
import { QuestionService } from './questions/question.service.js';
import { VoteInput } from './votes/dto/vote.input.js';
import { VotePayload } from './votes/vote.models.js';
import { VoteService } from './votes/vote.service.js';

const voteValue = { up: 1, down: -1, none: 0 } as const;

@Resolver(() => Question)
export class QuestionResolver {
  constructor(
    private readonly questionService: QuestionService,
    private readonly answerService: AnswerService,
    private readonly productService: ProductService,
    private readonly voteService: VoteService,
    private readonly users: UserLoader,
  ) {}

  @Query(() => [Product], { description: 'Product areas, by name.' })
  async products(): Promise<Product[]> {
    return (await this.productService.list()).map(toProduct);
  }

  @Query(() => Question, {
    nullable: true,
    description: 'A question by id, or null when there is none.',
  })
  async question(
    @Args('id', { type: () => ID, description: 'Its id.' }) id: string,
  ): Promise<Question | null> {
    const entity = await this.questionService.find(id);
    return entity ? toQuestion(entity) : null;
  }

  @Query(() => QuestionConnection, {
    description: 'Questions, filtered and sorted, a page at a time.',
  })
  async questions(@Args() args: QuestionsArgs): Promise<Connection<Question>> {
    const page = await this.questionService.list(args);
    return {
      ...page,
      edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toQuestion(edge.node) })),
    };
  }

  @ResolveField(() => User, { description: 'Who asked.' })
  async author(@Parent() question: Question, @Context() { req }: GraphqlContext): Promise<User> {
    return toUser((await this.users.load(req, question.entity.authorId))!);
  }

  @ResolveField(() => User, {
    nullable: true,
    description: 'Who accepted the solution: the asker, or staff verifying it.',
  })
  async acceptedBy(
    @Parent() question: Question,
    @Context() { req }: GraphqlContext,
  ): Promise<User | null> {
    const id = question.entity.acceptedById;
    const user = id ? await this.users.load(req, id) : null;
    return user ? toUser(user) : null;
  }

  @ResolveField(() => [Answer], {
    description: 'Answers: the accepted one first, then by score, then oldest first.',
  })
  async answers(@Parent() question: Question): Promise<Answer[]> {
    return (
      await this.answerService.forQuestion(question.entity.id, question.entity.acceptedAnswerId)
    ).map(toAnswer);
  }

  @Mutation(() => Question, { description: 'Asks a question.' })
  async askQuestion(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The question.' }) input: AskQuestionInput,
  ): Promise<Question> {
    return toQuestion(await this.questionService.ask(viewer, input));
  }

  @Mutation(() => Answer, { description: 'Answers a question.' })
  async postAnswer(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The answer.' }) input: PostAnswerInput,
  ): Promise<Answer> {
    return toAnswer(await this.answerService.post(viewer, input.questionId, input.body));
  }

  @Mutation(() => Question, {
    description: 'Marks an answer as the solution (the asker or an expert).',
  })
  async acceptAnswer(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The answer.' }) input: AcceptAnswerInput,
  ): Promise<Question> {
    return toQuestion(await this.answerService.accept(viewer, input.answerId));
  }

  @Mutation(() => Question, {
    description: 'Withdraws the accepted solution (the asker or an expert).',
  })
  async unacceptAnswer(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The question.' }) input: UnacceptAnswerInput,
  ): Promise<Question> {
    return toQuestion(await this.answerService.unaccept(viewer, input.questionId));
  }

  @Mutation(() => VotePayload, {
    description: 'Votes a question or answer up or down, or withdraws the vote.',
  })
  async vote(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The vote.' }) input: VoteInput,
  ): Promise<VotePayload> {
    const score = await this.voteService.vote(
      viewer,
      input.target,
      input.id,
      voteValue[input.direction],
    );
    return { id: input.id, score };
  }

  @Mutation(() => Product, { description: 'Adds a product area. Admins.' })
  async createProduct(
    @Args('input', { description: 'The product area.' }) input: CreateProductInput,
  ): Promise<Product> {
    return toProduct(
      await this.productService.create(input.slug, input.name, input.description ?? null),
    );
  }
}

@Resolver(() => Answer)
export class AnswerResolver {
  constructor(private readonly users: UserLoader) {}

  @ResolveField(() => User, { description: 'Who answered.' })
  async author(@Parent() answer: Answer, @Context() { req }: GraphqlContext): Promise<User> {
    return toUser((await this.users.load(req, answer.entity.authorId))!);
  }
}
