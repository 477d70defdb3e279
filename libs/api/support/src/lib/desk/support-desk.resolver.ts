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
  CurrentViewer,
  OptionalViewer,
  RequireRoles,
  User,
  UserLoader,
  type Viewer,
} from '@forum/api/identity';
import { Clock, type Connection, type GraphqlContext } from '@forum/api/platform';
import { Question, QuestionService, toQuestion } from '@forum/api/qna';
import { isSupportStaff, supportStaffRoles } from '@forum/shared/domain';
import DataLoader from 'dataloader';
import type { SupportPolicy } from '../policy/support-policies.service.js';
import {
  AssignQuestionInput,
  ExpertInboxArgs,
  ExpertInboxCounts,
  SnoozeQuestionInput,
  SupportCase,
  SupportCaseConnection,
} from './support-case.model.js';
import { businessMinutesLeft, SupportDesk } from './support-desk.service.js';

/** Per-request caches: a list of cases reads each case, question and policy once. */
class DeskLoaders {
  readonly cases: DataLoader<string, SupportCase | null>;
  readonly questions: DataLoader<string, Question>;
  readonly policies = new Map<string, Promise<SupportPolicy>>();

  constructor(
    readonly desk: SupportDesk,
    questions: QuestionService,
  ) {
    this.cases = new DataLoader((ids: readonly string[]) => desk.casesOf(ids));
    // Public questions in one query; a hidden one (staff may open its page) on its own.
    this.questions = new DataLoader(async (ids: readonly string[]) => {
      const visible = new Map(
        (await questions.visibleByIds(ids)).map((question) => [question.id, question]),
      );
      return Promise.all(
        ids.map(async (id) => toQuestion(visible.get(id) ?? (await questions.get(id)))),
      );
    });
  }

  policy(productId: string): Promise<SupportPolicy> {
    let policy = this.policies.get(productId);
    if (!policy) {
      policy = this.desk.policyOf(productId);
      this.policies.set(productId, policy);
    }
    return policy;
  }
}

const loadersByRequest = new WeakMap<object, DeskLoaders>();

function loadersFor(
  context: GraphqlContext,
  desk: SupportDesk,
  questions: QuestionService,
): DeskLoaders {
  let loaders = loadersByRequest.get(context.req);
  if (!loaders) {
    loaders = new DeskLoaders(desk, questions);
    loadersByRequest.set(context.req, loaders);
  }
  return loaders;
}

/** The experts' inbox and what staff do with a question there. */
@Resolver(() => SupportCase)
export class SupportDeskResolver {
  constructor(
    private readonly desk: SupportDesk,
    private readonly questions: QuestionService,
    private readonly users: UserLoader,
    private readonly clock: Clock,
  ) {}

  @Query(() => SupportCaseConnection, {
    description:
      'The experts’ inbox: questions waiting for a first response, customers who said "still not solved" first, then least time left. Experts, moderators and admins.',
  })
  @RequireRoles(...supportStaffRoles)
  expertInbox(
    @CurrentViewer() viewer: Viewer,
    @Args() args: ExpertInboxArgs,
  ): Promise<Connection<SupportCase>> {
    return this.desk.inbox(viewer, args);
  }

  @Query(() => ExpertInboxCounts, {
    description: 'How many questions each inbox view holds. Experts, moderators and admins.',
  })
  @RequireRoles(...supportStaffRoles)
  expertInboxCounts(@CurrentViewer() viewer: Viewer): Promise<ExpertInboxCounts> {
    return this.desk.inboxCounts(viewer);
  }

  @Query(() => [User], {
    description:
      'Active experts, moderators and admins a question can be assigned to, by name (at most 200). Experts, moderators and admins.',
  })
  @RequireRoles(...supportStaffRoles)
  async assignableStaff(@Context() context: GraphqlContext): Promise<User[]> {
    const ids = await this.desk.assignableStaffIds();
    const users = await Promise.all(ids.map((id) => this.users.user(context.req, id)));
    return users.flatMap((user) => user ?? []);
  }

  @Mutation(() => SupportCase, {
    description:
      'Takes a question ("I’m on it"); visible to other staff, released automatically after a while without an answer. ALREADY_CLAIMED when someone else holds it, CASE_NOT_OPEN when it does not wait for a response.',
  })
  claimQuestion(
    @CurrentViewer() viewer: Viewer,
    @Args('questionId', { type: () => ID, description: 'The question.' }) questionId: string,
  ): Promise<SupportCase> {
    return this.desk.claim(viewer, questionId);
  }

  @Mutation(() => SupportCase, {
    description:
      'Gives a claim back. One’s own, or anyone’s for moderators and admins (NOT_CLAIMED_BY_YOU otherwise).',
  })
  releaseQuestion(
    @CurrentViewer() viewer: Viewer,
    @Args('questionId', { type: () => ID, description: 'The question.' }) questionId: string,
  ): Promise<SupportCase> {
    return this.desk.release(viewer, questionId);
  }

  @Mutation(() => SupportCase, {
    description:
      'Puts a colleague on a question and tells them. ASSIGNEE_NOT_STAFF unless they are an active expert, moderator or admin.',
  })
  assignQuestion(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The question and the colleague.' }) input: AssignQuestionInput,
  ): Promise<SupportCase> {
    return this.desk.assign(viewer, input.questionId, input.assigneeId);
  }

  @Mutation(() => SupportCase, {
    description:
      'Hides a question from the inbox views until a moment (SNOOZE_IN_PAST, SNOOZE_TOO_FAR beyond 30 days). The clock still runs.',
  })
  snoozeQuestion(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The question and until when.' }) input: SnoozeQuestionInput,
  ): Promise<SupportCase> {
    return this.desk.snooze(viewer, input.questionId, input.until);
  }

  @Mutation(() => SupportCase, { description: 'Ends a snooze.' })
  unsnoozeQuestion(
    @CurrentViewer() viewer: Viewer,
    @Args('questionId', { type: () => ID, description: 'The question.' }) questionId: string,
  ): Promise<SupportCase> {
    return this.desk.unsnooze(viewer, questionId);
  }

  @Mutation(() => SupportCase, {
    description:
      'The desk waits for the asker: the clock pauses until they answer or comment, or staff resume it.',
  })
  markWaitingOnCustomer(
    @CurrentViewer() viewer: Viewer,
    @Args('questionId', { type: () => ID, description: 'The question.' }) questionId: string,
  ): Promise<SupportCase> {
    return this.desk.markWaiting(viewer, questionId);
  }

  @Mutation(() => SupportCase, {
    description:
      'Ends waiting on the customer by hand; the target moves later by the working time paused.',
  })
  resumeQuestion(
    @CurrentViewer() viewer: Viewer,
    @Args('questionId', { type: () => ID, description: 'The question.' }) questionId: string,
  ): Promise<SupportCase> {
    return this.desk.resume(viewer, questionId);
  }

  @ResolveField(() => Question, { description: 'The question.' })
  question(
    @Parent() supportCase: SupportCase,
    @Context() context: GraphqlContext,
  ): Promise<Question> {
    return loadersFor(context, this.desk, this.questions).questions.load(supportCase.questionId);
  }

  @ResolveField(() => User, { nullable: true, description: 'Who is on it.' })
  claimedBy(
    @Parent() supportCase: SupportCase,
    @Context() context: GraphqlContext,
  ): Promise<User | null> {
    return this.users.user(context.req, supportCase.claimedById);
  }

  @ResolveField(() => User, {
    nullable: true,
    description: 'Who put `claimedBy` on it; null when they claimed it themselves.',
  })
  assignedBy(
    @Parent() supportCase: SupportCase,
    @Context() context: GraphqlContext,
  ): Promise<User | null> {
    return this.users.user(context.req, supportCase.assignedById);
  }

  @ResolveField(() => Int, {
    description:
      'Working minutes left until the target in the product’s business hours; negative once past it. Stands still while waiting on the customer and after the response.',
  })
  async businessMinutesLeft(
    @Parent() supportCase: SupportCase,
    @Context() context: GraphqlContext,
  ): Promise<number> {
    const policy = await loadersFor(context, this.desk, this.questions).policy(
      supportCase.productId,
    );
    return businessMinutesLeft(policy, supportCase, this.clock.now());
  }
}

/** `Question.supportCase`, for staff only. */
@Resolver(() => Question)
export class QuestionSupportCaseResolver {
  constructor(
    private readonly desk: SupportDesk,
    private readonly questions: QuestionService,
  ) {}

  @ResolveField(() => SupportCase, {
    nullable: true,
    description: 'The question’s support case. Experts, moderators and admins; null for others.',
  })
  supportCase(
    @Parent() question: Question,
    @OptionalViewer() viewer: Viewer | undefined,
    @Context() context: GraphqlContext,
  ): Promise<SupportCase | null> | null {
    if (!viewer || !isSupportStaff(viewer.user.role)) return null;
    return loadersFor(context, this.desk, this.questions).cases.load(question.id);
  }
}
