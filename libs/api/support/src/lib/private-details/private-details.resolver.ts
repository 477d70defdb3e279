import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, OptionalViewer, type Viewer } from '@forum/api/identity';
import type { GraphqlContext } from '@forum/api/platform';
import { Question, toQuestion } from '@forum/api/qna';
import { PrivateDetailsViews } from './private-details-views.js';
import { PrivateDetails, SetQuestionPrivateDetailsInput } from './private-details.model.js';
import { privateDetailsAccess, PrivateDetailsService } from './private-details.service.js';

/** `Question.privateDetails` and the asker's mutation that writes them. */
@Resolver(() => Question)
export class PrivateDetailsResolver {
  constructor(
    private readonly details: PrivateDetailsService,
    private readonly views: PrivateDetailsViews,
  ) {}

  @ResolveField(() => PrivateDetails, {
    nullable: true,
    description:
      'What the asker told only staff. Shown to the asker and to experts, moderators and admins (each staff view is recorded in the audit log); null for everyone else, and when there are none.',
  })
  async privateDetails(
    @Parent() question: Question,
    @Context() { req }: GraphqlContext,
    @OptionalViewer() viewer?: Viewer,
  ): Promise<PrivateDetails | null> {
    const access = privateDetailsAccess(viewer, question.entity);
    if (!viewer || !access) return null;
    const details = await this.views.load(req, question.id);
    if (!details) return null;
    if (access === 'staff') await this.views.recordStaffView(req, viewer, question.id);
    return { body: details.body, updatedAt: details.updatedAt };
  }

  @Mutation(() => Question, {
    description:
      "Sets the private details of the signed-in person's own question; an empty body removes them. Only the asker writes them: staff read them but may not change what the customer wrote. Errors: QUESTION_NOT_FOUND (also for questions the person may not see), NOT_QUESTION_AUTHOR, PRIVATE_DETAILS_TOO_LONG.",
  })
  async setQuestionPrivateDetails(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The question and the text.' })
    input: SetQuestionPrivateDetailsInput,
  ): Promise<Question> {
    return toQuestion(await this.details.set(viewer, input.questionId, input.body));
  }
}
