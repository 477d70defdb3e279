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
import { CurrentViewer, OptionalViewer, User, UserLoader, type Viewer } from '@forum/api/identity';
import type { Connection, GraphqlContext } from '@forum/api/platform';
import type { PostHiddenReason } from '@forum/shared/domain';
import { AnswerAcceptance } from '../answers/answer-acceptance.model.js';
import { toAnswer } from '../answers/answer.mapper.js';
import { Answer } from '../answers/answer.model.js';
import { AnswerService } from '../answers/answer.service.js';
import { CommentLoader } from '../comments/comment.loader.js';
import { toComment } from '../comments/comment.mapper.js';
import { Comment } from '../comments/comment.model.js';
import { ProductLoader } from '../products/product.loader.js';
import { toProduct } from '../products/product.mapper.js';
import { Product } from '../products/product.model.js';
import { PostHiddenReasonEnum } from '../moderation/moderated-post-kind.enum.js';
import {
  acceptanceKind,
  isModerator,
  mayReadHiddenNote,
  maySeeHidden,
} from '../qna.permissions.js';
import { EditService } from '../revisions/edit.service.js';
import { VoteLoader } from '../votes/vote.loader.js';
import { AskQuestionInput } from './dto/ask-question.input.js';
import { CloseQuestionInput } from './dto/close-question.input.js';
import { EditQuestionInput } from './dto/edit-question.input.js';
import { PostIdInput } from './dto/post-id.input.js';
import { QuestionFilter } from './dto/question-filter.input.js';
import { QuestionsArgs } from './dto/questions.args.js';
import { QuestionFacets } from './question-facets.model.js';
import { toQuestion } from './question.mapper.js';
import { Question, QuestionConnection } from './question.model.js';
import { QuestionModerationService } from './question-moderation.service.js';
import { QuestionService } from './question.service.js';

@Resolver(() => Question)
export class QuestionResolver {
  constructor(
    private readonly questionService: QuestionService,
    private readonly answerService: AnswerService,
    private readonly moderation: QuestionModerationService,
    private readonly edits: EditService,
    private readonly commentLoader: CommentLoader,
    private readonly productLoader: ProductLoader,
    private readonly voteLoader: VoteLoader,
    private readonly users: UserLoader,
  ) {}

  @Query(() => Question, {
    nullable: true,
    description:
      'A question by id; null when there is none (deleted ones only for moderators, hidden ones only for moderators and the author).',
  })
  async question(
    @Args('id', { type: () => ID, description: 'Its id.' }) id: string,
    @OptionalViewer() viewer?: Viewer,
  ): Promise<Question | null> {
    const entity = await this.questionService.find(id, {
      includeDeleted: isModerator(viewer),
      viewer,
    });
    return entity ? toQuestion(entity) : null;
  }

  @Query(() => QuestionConnection, {
    description:
      "Questions, filtered and sorted, a page at a time; a product's pinned questions come first.",
  })
  async questions(
    @Args() args: QuestionsArgs,
    @OptionalViewer() viewer?: Viewer,
  ): Promise<Connection<Question>> {
    const page = await this.questionService.list(args, viewer);
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
    const product = await this.productLoader.load(req, question.entity.productId);
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

  @ResolveField(() => ID, {
    nullable: true,
    description: 'The accepted answer; null while it is hidden from the viewer.',
  })
  async acceptedAnswerId(
    @Parent() question: Question,
    @OptionalViewer() viewer?: Viewer,
  ): Promise<string | null> {
    const id = question.entity.acceptedAnswerId;
    // A solved question's accepted answer is public (see refreshState); otherwise it may be hidden.
    if (!id || question.entity.state === 'solved' || isModerator(viewer)) return id;
    return (await this.answerService.isVisibleTo(id, viewer)) ? id : null;
  }

  @ResolveField(() => AnswerAcceptance, {
    nullable: true,
    description:
      'How the solution was accepted: by the asker, verified by staff, or marked by its staff author (not verified); null while nothing is accepted or the accepted answer is hidden from the viewer.',
  })
  async acceptance(
    @Parent() question: Question,
    @Context() { req }: GraphqlContext,
    @OptionalViewer() viewer?: Viewer,
  ): Promise<AnswerAcceptance | null> {
    const { acceptedById, acceptedAt } = question.entity;
    const answerId = await this.acceptedAnswerId(question, viewer);
    if (!answerId || !acceptedById || !acceptedAt) return null;
    const answerAuthorId = await this.answerService.authorOf(answerId);
    if (!answerAuthorId) return null;
    return {
      answerId,
      kind: acceptanceKind(acceptedById, question.entity, { authorId: answerAuthorId }),
      by: await this.users.user(req, acceptedById),
      at: acceptedAt,
    };
  }

  @ResolveField(() => [Answer], {
    description: 'Answers: the accepted one first, then by score, then oldest first.',
  })
  async answers(
    @Parent() question: Question,
    @OptionalViewer() viewer?: Viewer,
  ): Promise<Answer[]> {
    return (
      await this.answerService.forQuestion(
        question.entity.id,
        question.entity.acceptedAnswerId,
        viewer,
      )
    ).map(toAnswer);
  }

  @ResolveField(() => PostHiddenReasonEnum, {
    nullable: true,
    description: 'Why it is hidden; only moderators and the author see it, null for everyone else.',
  })
  hiddenReason(
    @Parent() question: Question,
    @OptionalViewer() viewer?: Viewer,
  ): PostHiddenReason | null {
    return maySeeHidden(viewer, question.entity) ? question.entity.hiddenReason : null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'The note on a hidden question: for moderators, and for the author when a moderator hid it.',
  })
  hiddenNote(@Parent() question: Question, @OptionalViewer() viewer?: Viewer): string | null {
    return mayReadHiddenNote(viewer, question.entity) ? question.entity.hiddenNote : null;
  }

  @ResolveField(() => [Comment], { description: 'Comments on the question, oldest first.' })
  async comments(
    @Parent() question: Question,
    @Context() { req }: GraphqlContext,
  ): Promise<Comment[]> {
    return (await this.commentLoader.forPost(req, 'question', question.id)).map(toComment);
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
    return viewer ? this.voteLoader.viewerVote(req, 'question', viewer.user.id, question.id) : 0;
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
}
