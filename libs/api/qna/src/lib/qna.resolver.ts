import {
  Args,
  Context,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import {
  clientAddress,
  CurrentViewer,
  OptionalViewer,
  User,
  UserLoader,
  type Viewer,
} from '@forum/api/identity';
import type { Connection, GraphqlContext } from '@forum/api/platform';
import {
  AcceptAnswerInput,
  PostAnswerInput,
  UnacceptAnswerInput,
} from './answers/dto/answer.inputs.js';
import { AnswerService } from './answers/answer.service.js';
import { CommentService } from './comments/comment.service.js';
import { ConfirmationService } from './confirmations/confirmation.service.js';
import { CreateProductInput, UpdateProductInput } from './products/dto/create-product.input.js';
import { ProductService } from './products/product.service.js';
import {
  AddCommentInput,
  CloseQuestionInput,
  ConfirmAnswerInput,
  DeleteCommentInput,
  EditAnswerInput,
  EditQuestionInput,
  MergeTagsInput,
  PostIdInput,
  RecordQuestionViewInput,
  RenameTagInput,
} from './qna.inputs.js';
import { QnaLoaders } from './qna.loaders.js';
import {
  Answer,
  Comment,
  Confirmations,
  Product,
  Question,
  QuestionConnection,
  QuestionFacets,
  Revision,
  toAnswer,
  toComment,
  toProduct,
  toQuestion,
  toRevision,
} from './qna.models.js';
import { isModerator } from './qna.permissions.js';
import { AskQuestionInput } from './questions/dto/ask-question.input.js';
import { QuestionFilter, QuestionsArgs } from './questions/dto/questions.args.js';
import { QuestionModerationService } from './questions/question-moderation.service.js';
import { QuestionService } from './questions/question.service.js';
import { EditService } from './revisions/edit.service.js';
import { TagService } from './tags/tag.service.js';
import { ViewService } from './views/view.service.js';
import { VoteInput } from './votes/dto/vote.input.js';
import { VotePayload } from './votes/vote.models.js';
import { VoteService } from './votes/vote.service.js';

const voteValue = { up: 1, down: -1, none: 0 } as const;

@Resolver(() => Question)
export class QuestionResolver {
  constructor(
    private readonly questionService: QuestionService,
    private readonly answerService: AnswerService,
    private readonly moderation: QuestionModerationService,
    private readonly edits: EditService,
    private readonly views: ViewService,
    private readonly tagService: TagService,
    private readonly productService: ProductService,
    private readonly voteService: VoteService,
    private readonly loaders: QnaLoaders,
    private readonly users: UserLoader,
  ) {}

  @Query(() => [Product], { description: 'Product areas, by name.' })
  async products(): Promise<Product[]> {
    return (await this.productService.list()).map(toProduct);
  }

  @Query(() => Question, {
    nullable: true,
    description: 'A question by id; null when there is none (deleted ones only for moderators).',
  })
  async question(
    @Args('id', { type: () => ID, description: 'Its id.' }) id: string,
    @OptionalViewer() viewer?: Viewer,
  ): Promise<Question | null> {
    const entity = await this.questionService.find(id, { includeDeleted: isModerator(viewer) });
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

  @Query(() => QuestionFacets, {
    description: 'Counts per state, product and tag for a question list filter.',
  })
  questionFacets(
    @Args('filter', {
      type: () => QuestionFilter,
      nullable: true,
      description: 'The current filter.',
    })
    filter?: QuestionFilter | null,
  ): Promise<QuestionFacets> {
    return this.questionService.facets(filter);
  }

  @Query(() => [Revision], {
    description: 'Earlier versions of a question or an answer (name exactly one), newest first.',
  })
  async revisions(
    @Args('questionId', { type: () => ID, nullable: true, description: 'The question.' })
    questionId?: string,
    @Args('answerId', { type: () => ID, nullable: true, description: 'The answer.' })
    answerId?: string,
  ): Promise<Revision[]> {
    if (Boolean(questionId) === Boolean(answerId)) return [];
    return (await this.edits.revisions({ questionId, answerId })).map(toRevision);
  }

  @ResolveField(() => User, { description: 'Who asked.' })
  async author(
    @Parent() question: Question,
    @Context() { req }: GraphqlContext,
  ): Promise<User | null> {
    return this.users.user(req, question.entity.authorId);
  }

  @ResolveField(() => Product, { description: 'The product area.' })
  async product(
    @Parent() question: Question,
    @Context() { req }: GraphqlContext,
  ): Promise<Product | null> {
    const product = await this.loaders.for(req).products.load(question.entity.productId);
    return product ? toProduct(product) : null;
  }

  @ResolveField(() => User, {
    nullable: true,
    description: 'Who accepted the solution: the asker, or staff verifying it.',
  })
  acceptedBy(
    @Parent() question: Question,
    @Context() { req }: GraphqlContext,
  ): Promise<User | null> {
    return this.users.user(req, question.entity.acceptedById);
  }

  @ResolveField(() => ID, { nullable: true, description: 'The accepted answer.' })
  acceptedAnswerId(@Parent() question: Question): string | null {
    return question.entity.acceptedAnswerId;
  }

  @ResolveField(() => [Answer], {
    description: 'Answers: the accepted one first, then by score, then oldest first.',
  })
  async answers(@Parent() question: Question): Promise<Answer[]> {
    return (
      await this.answerService.forQuestion(question.entity.id, question.entity.acceptedAnswerId)
    ).map(toAnswer);
  }

  @ResolveField(() => [Comment], { description: 'Comments on the question, oldest first.' })
  async comments(
    @Parent() question: Question,
    @Context() { req }: GraphqlContext,
  ): Promise<Comment[]> {
    return (await this.loaders.for(req).questionComments.load(question.id)).map(toComment);
  }

  @ResolveField(() => Question, {
    nullable: true,
    description: 'The original, when closed as a duplicate.',
  })
  async duplicateOf(@Parent() question: Question): Promise<Question | null> {
    const id = question.entity.duplicateOfId;
    const original = id ? await this.questionService.find(id) : null;
    return original ? toQuestion(original) : null;
  }

  @ResolveField(() => [Question], { description: 'Questions closed as duplicates of this one.' })
  async duplicates(@Parent() question: Question): Promise<Question[]> {
    return (await this.questionService.duplicatesOf(question.id)).map(toQuestion);
  }

  @ResolveField(() => Int, { description: "The signed-in person's vote: 1, -1, or 0." })
  viewerVote(
    @Parent() question: Question,
    @Context() { req }: GraphqlContext,
    @OptionalViewer() viewer?: Viewer,
  ): Promise<number> | number {
    return viewer ? this.loaders.viewerVote(req, 'question', viewer.user.id, question.id) : 0;
  }

  @Mutation(() => Question, { description: 'Asks a question.' })
  async askQuestion(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The question.' }) input: AskQuestionInput,
  ): Promise<Question> {
    return toQuestion(await this.questionService.ask(viewer, input));
  }

  @Mutation(() => Question, {
    description: 'Edits a question (its author, experts, moderators); the old text is kept.',
  })
  async editQuestion(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The changes.' }) input: EditQuestionInput,
  ): Promise<Question> {
    return toQuestion(await this.edits.editQuestion(viewer, input.id, input));
  }

  @Mutation(() => Boolean, {
    description: 'Deletes a question (its author, moderators); moderators can restore it.',
  })
  async deleteQuestion(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The question.' }) input: PostIdInput,
  ): Promise<boolean> {
    await this.moderation.deleteQuestion(viewer, input.id);
    return true;
  }

  @Mutation(() => Question, { description: 'Restores a deleted question. Moderators.' })
  async restoreQuestion(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The question.' }) input: PostIdInput,
  ): Promise<Question> {
    return toQuestion(await this.moderation.restoreQuestion(viewer, input.id));
  }

  @Mutation(() => Question, {
    description: 'Closes a question with a reason (experts, moderators).',
  })
  async closeQuestion(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'Which and why.' }) input: CloseQuestionInput,
  ): Promise<Question> {
    return toQuestion(
      await this.moderation.close(viewer, input.id, input.reason, input.duplicateOfId ?? null),
    );
  }

  @Mutation(() => Question, { description: 'Reopens a closed question (experts, moderators).' })
  async reopenQuestion(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The question.' }) input: PostIdInput,
  ): Promise<Question> {
    return toQuestion(await this.moderation.reopen(viewer, input.id));
  }

  @Mutation(() => Boolean, {
    description: 'Counts a visit; once per visitor per question per day. True when it counted.',
  })
  recordQuestionView(
    @Args('input', { description: 'The question.' }) input: RecordQuestionViewInput,
    @Context() { req }: GraphqlContext,
    @OptionalViewer() viewer?: Viewer,
  ): Promise<boolean> {
    return this.views.record(input.questionId, {
      userId: viewer?.user.id,
      address: clientAddress(req),
      userAgent: req.get('user-agent') ?? '',
    });
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

  @Mutation(() => Product, { description: "Changes a product area's name or description. Admins." })
  async updateProduct(
    @Args('input', { description: 'The product area and the changes.' }) input: UpdateProductInput,
  ): Promise<Product> {
    return toProduct(await this.productService.update(input.id, input));
  }

  @Mutation(() => String, {
    description: 'Renames a tag everywhere (moderators); returns the new slug.',
  })
  async renameTag(
    @Args('input', { description: 'The tag and its new name.' }) input: RenameTagInput,
  ): Promise<string> {
    return (await this.tagService.rename(input.slug, input.newName)).slug;
  }

  @Mutation(() => String, {
    description: 'Merges one tag into another (moderators); returns the remaining slug.',
  })
  async mergeTags(
    @Args('input', { description: 'The two tags.' }) input: MergeTagsInput,
  ): Promise<string> {
    return (await this.tagService.merge(input.from, input.into)).slug;
  }
}

@Resolver(() => Answer)
export class AnswerResolver {
  constructor(
    private readonly edits: EditService,
    private readonly moderation: QuestionModerationService,
    private readonly confirmationService: ConfirmationService,
    private readonly loaders: QnaLoaders,
    private readonly users: UserLoader,
  ) {}

  @ResolveField(() => User, {
    description: 'Who answered; staff carry their title and staff mark.',
  })
  author(@Parent() answer: Answer, @Context() { req }: GraphqlContext): Promise<User | null> {
    return this.users.user(req, answer.entity.authorId);
  }

  @ResolveField(() => [Comment], { description: 'Comments on the answer, oldest first.' })
  async comments(@Parent() answer: Answer, @Context() { req }: GraphqlContext): Promise<Comment[]> {
    return (await this.loaders.for(req).answerComments.load(answer.id)).map(toComment);
  }

  @ResolveField(() => Confirmations, {
    description: '"Worked for me too": how many people at how many companies.',
  })
  confirmations(
    @Parent() answer: Answer,
    @Context() { req }: GraphqlContext,
  ): Promise<Confirmations> {
    return this.loaders.for(req).confirmations.load(answer.id);
  }

  @ResolveField(() => Boolean, {
    description: 'Whether the signed-in person said it worked for them too.',
  })
  viewerConfirmed(
    @Parent() answer: Answer,
    @Context() { req }: GraphqlContext,
    @OptionalViewer() viewer?: Viewer,
  ): Promise<boolean> | boolean {
    return viewer ? this.loaders.viewerConfirmed(req, viewer.user.id, answer.id) : false;
  }

  @ResolveField(() => Int, { description: "The signed-in person's vote: 1, -1, or 0." })
  viewerVote(
    @Parent() answer: Answer,
    @Context() { req }: GraphqlContext,
    @OptionalViewer() viewer?: Viewer,
  ): Promise<number> | number {
    return viewer ? this.loaders.viewerVote(req, 'answer', viewer.user.id, answer.id) : 0;
  }

  @Mutation(() => Answer, {
    description: 'Edits an answer (its author, experts, moderators); the old text is kept.',
  })
  async editAnswer(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The new text.' }) input: EditAnswerInput,
  ): Promise<Answer> {
    return toAnswer(await this.edits.editAnswer(viewer, input.id, input.body));
  }

  @Mutation(() => Boolean, {
    description: 'Deletes an answer (its author, moderators); moderators can restore it.',
  })
  async deleteAnswer(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The answer.' }) input: PostIdInput,
  ): Promise<boolean> {
    await this.moderation.deleteAnswer(viewer, input.id);
    return true;
  }

  @Mutation(() => Answer, { description: 'Restores a deleted answer. Moderators.' })
  async restoreAnswer(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The answer.' }) input: PostIdInput,
  ): Promise<Answer> {
    return toAnswer(await this.moderation.restoreAnswer(viewer, input.id));
  }

  @Mutation(() => Boolean, { description: 'Says an answer solved the problem for you too.' })
  async confirmAnswer(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The answer.' }) input: ConfirmAnswerInput,
  ): Promise<boolean> {
    await this.confirmationService.confirm(viewer, input.answerId);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Takes back a "worked for me too".' })
  async withdrawConfirmation(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The answer.' }) input: ConfirmAnswerInput,
  ): Promise<boolean> {
    await this.confirmationService.withdraw(viewer, input.answerId);
    return true;
  }
}

@Resolver(() => Comment)
export class CommentResolver {
  constructor(
    private readonly comments: CommentService,
    private readonly users: UserLoader,
  ) {}

  @ResolveField(() => User, { description: 'Who wrote it.' })
  author(@Parent() comment: Comment, @Context() { req }: GraphqlContext): Promise<User | null> {
    return this.users.user(req, comment.entity.authorId);
  }

  @Mutation(() => Comment, { description: 'Comments on a question or an answer.' })
  async addComment(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The comment.' }) input: AddCommentInput,
  ): Promise<Comment> {
    return toComment(await this.comments.add(viewer, input, input.body));
  }

  @Mutation(() => Boolean, { description: 'Deletes a comment (its author, moderators).' })
  async deleteComment(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The comment.' }) input: DeleteCommentInput,
  ): Promise<boolean> {
    await this.comments.delete(viewer, input.id);
    return true;
  }
}

@Resolver(() => Revision)
export class RevisionResolver {
  constructor(private readonly users: UserLoader) {}

  @ResolveField(() => User, { description: 'Who made the edit.' })
  editor(@Parent() revision: Revision, @Context() { req }: GraphqlContext): Promise<User | null> {
    return this.users.user(req, revision.entity.editorId);
  }
}
