import { Args, Context, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, OptionalViewer, User, UserLoader, type Viewer } from '@forum/api/identity';
import type { GraphqlContext } from '@forum/api/platform';
import type { PostHiddenReason } from '@forum/shared/domain';
import { CommentLoader } from '../comments/comment.loader.js';
import { toComment } from '../comments/comment.mapper.js';
import { Comment } from '../comments/comment.model.js';
import { ConfirmationLoader } from '../confirmations/confirmation.loader.js';
import { Confirmations } from '../confirmations/confirmation.model.js';
import { PostHiddenReasonEnum } from '../moderation/moderated-post-kind.enum.js';
import { mayReadHiddenNote, maySeeHidden } from '../qna.permissions.js';
import { PostIdInput } from '../questions/dto/post-id.input.js';
import { toQuestion } from '../questions/question.mapper.js';
import { Question } from '../questions/question.model.js';
import { QuestionModerationService } from '../questions/question-moderation.service.js';
import { EditService } from '../revisions/edit.service.js';
import { VoteLoader } from '../votes/vote.loader.js';
import { AcceptAnswerInput, UnacceptAnswerInput } from './dto/accept-answer.input.js';
import { EditAnswerInput } from './dto/edit-answer.input.js';
import { PostAnswerInput } from './dto/post-answer.input.js';
import { toAnswer } from './answer.mapper.js';
import { Answer } from './answer.model.js';
import { AnswerService } from './answer.service.js';

@Resolver(() => Answer)
export class AnswerResolver {
  constructor(
    private readonly answerService: AnswerService,
    private readonly edits: EditService,
    private readonly moderation: QuestionModerationService,
    private readonly commentLoader: CommentLoader,
    private readonly confirmationLoader: ConfirmationLoader,
    private readonly voteLoader: VoteLoader,
    private readonly users: UserLoader,
  ) {}

  @ResolveField(() => User, {
    description: 'Who answered; staff carry their title and staff mark.',
  })
  author(@Parent() answer: Answer, @Context() { req }: GraphqlContext): Promise<User | null> {
    return this.users.user(req, answer.entity.authorId);
  }

  @ResolveField(() => PostHiddenReasonEnum, {
    nullable: true,
    description: 'Why it is hidden; only moderators and the author see it, null for everyone else.',
  })
  hiddenReason(
    @Parent() answer: Answer,
    @OptionalViewer() viewer?: Viewer,
  ): PostHiddenReason | null {
    return maySeeHidden(viewer, answer.entity) ? answer.entity.hiddenReason : null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'The note on a hidden answer: for moderators, and for the author when a moderator hid it.',
  })
  hiddenNote(@Parent() answer: Answer, @OptionalViewer() viewer?: Viewer): string | null {
    return mayReadHiddenNote(viewer, answer.entity) ? answer.entity.hiddenNote : null;
  }

  @ResolveField(() => [Comment], { description: 'Comments on the answer, oldest first.' })
  async comments(@Parent() answer: Answer, @Context() { req }: GraphqlContext): Promise<Comment[]> {
    return (await this.commentLoader.forPost(req, 'answer', answer.id)).map(toComment);
  }

  @ResolveField(() => Confirmations, {
    description: '"Worked for me too": how many people at how many companies.',
  })
  confirmations(
    @Parent() answer: Answer,
    @Context() { req }: GraphqlContext,
  ): Promise<Confirmations> {
    return this.confirmationLoader.counts(req, answer.id);
  }

  @ResolveField(() => Boolean, {
    description: 'Whether the signed-in person said it worked for them too.',
  })
  viewerConfirmed(
    @Parent() answer: Answer,
    @Context() { req }: GraphqlContext,
    @OptionalViewer() viewer?: Viewer,
  ): Promise<boolean> | boolean {
    return viewer ? this.confirmationLoader.viewerConfirmed(req, viewer.user.id, answer.id) : false;
  }

  @ResolveField(() => Int, { description: "The signed-in person's vote: 1, -1, or 0." })
  viewerVote(
    @Parent() answer: Answer,
    @Context() { req }: GraphqlContext,
    @OptionalViewer() viewer?: Viewer,
  ): Promise<number> | number {
    return viewer ? this.voteLoader.viewerVote(req, 'answer', viewer.user.id, answer.id) : 0;
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
}
