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
  Organisation,
  toOrganisation,
  User,
  UserLoader,
  type Viewer,
} from '@forum/api/identity';
import type { Connection, GraphqlContext } from '@forum/api/platform';
import { Product, Question, QuestionService, toProduct, toQuestion } from '@forum/api/qna';
import { Role } from '@forum/shared/domain';
import { IdeaCommentService } from './comments/idea-comment.service.js';
import { EvidenceService } from './evidence/evidence.service.js';
import { IdeasException, IdeasExceptionCode } from './ideas.exception.js';
import { IdeasLoaders } from './ideas.loaders.js';
import {
  Idea,
  IdeaComment,
  IdeaConnection,
  IdeaNote,
  IdeaRoadmap,
  IdeaStatusChange,
  IdeaViewerVote,
  IdeaVote,
  toIdea,
  toIdeaComment,
  toIdeaNote,
  toIdeaStatusChange,
  toIdeaVote,
} from './ideas.models.js';
import {
  AddIdeaCommentInput,
  AddIdeaNoteInput,
  DeleteIdeaCommentInput,
  EditIdeaInput,
  IdeasArgs,
  LinkQuestionInput,
  MergeIdeaInput,
  ProposeIdeaInput,
  SetIdeaStatusInput,
} from './ideas/dto/idea.inputs.js';
import { IdeaService } from './ideas/idea.service.js';
import { IdeaMergeService } from './ideas/merge.service.js';
import { IdeaNoteService } from './notes/idea-note.service.js';
import { IdeaStatusService } from './status/status.service.js';
import {
  IdeaIdInput,
  RecordOrganisationVoteInput,
  RemoveOrganisationVoteInput,
  VoteForIdeaInput,
} from './votes/dto/vote.inputs.js';
import { IdeaVoteService } from './votes/vote.service.js';

const readsVoteReasons: readonly Role[] = [Role.ProductManager, Role.Admin];

@Resolver(() => Idea)
export class IdeaResolver {
  constructor(
    private readonly ideaService: IdeaService,
    private readonly voteService: IdeaVoteService,
    private readonly statuses: IdeaStatusService,
    private readonly merges: IdeaMergeService,
    private readonly commentService: IdeaCommentService,
    private readonly notes: IdeaNoteService,
    private readonly evidence: EvidenceService,
    private readonly questions: QuestionService,
    private readonly loaders: IdeasLoaders,
    private readonly users: UserLoader,
  ) {}

  @Query(() => Idea, {
    nullable: true,
    description: 'An idea by id, merged ones too (they name the idea they redirect to).',
  })
  async idea(@Args('id', { type: () => ID, description: 'Its id.' }) id: string) {
    const entity = await this.ideaService.find(id);
    return entity ? toIdea(entity) : null;
  }

  @Query(() => IdeaConnection, {
    description: 'The idea board: ideas not merged away, filtered and sorted, a page at a time.',
  })
  async ideas(@Args() args: IdeasArgs): Promise<Connection<Idea>> {
    const page = await this.ideaService.list(args);
    return {
      ...page,
      edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toIdea(edge.node) })),
    };
  }

  @Query(() => IdeaRoadmap, { description: 'Planned, in-progress and shipped ideas.' })
  async ideaRoadmap(
    @Args('productId', { type: () => ID, nullable: true, description: 'Only this product area.' })
    productId?: string | null,
  ): Promise<IdeaRoadmap> {
    const roadmap = await this.ideaService.roadmap(productId);
    return {
      planned: roadmap.planned.map(toIdea),
      inProgress: roadmap.in_progress.map(toIdea),
      shipped: roadmap.shipped.map(toIdea),
    };
  }

  @ResolveField(() => User, { description: 'Who proposed it.' })
  author(@Parent() idea: Idea, @Context() { req }: GraphqlContext): Promise<User | null> {
    return this.users.user(req, idea.entity.authorId);
  }

  @ResolveField(() => Product, { description: 'The product area.' })
  async product(@Parent() idea: Idea, @Context() { req }: GraphqlContext) {
    const product = await this.loaders.for(req).products.load(idea.entity.productId);
    return product ? toProduct(product) : null;
  }

  @ResolveField(() => Idea, {
    nullable: true,
    description: 'The idea this one was merged into; show that one instead.',
  })
  async mergedInto(@Parent() idea: Idea): Promise<Idea | null> {
    const id = idea.entity.mergedIntoId;
    const target = id ? await this.ideaService.find(id) : null;
    return target ? toIdea(target) : null;
  }

  @ResolveField(() => IdeaViewerVote, {
    nullable: true,
    description: "The signed-in person's vote; null when they have not voted.",
  })
  async viewerVote(
    @Parent() idea: Idea,
    @Context() { req }: GraphqlContext,
    @OptionalViewer() viewer?: Viewer,
  ): Promise<IdeaViewerVote | null> {
    if (!viewer) return null;
    const vote = await this.loaders.viewerVote(req, viewer.user.id, idea.id);
    return vote
      ? { importance: vote.importance, reason: vote.reason, createdAt: vote.createdAt }
      : null;
  }

  @ResolveField(() => [IdeaStatusChange], { description: 'Status changes, oldest first.' })
  async statusHistory(@Parent() idea: Idea, @Context() { req }: GraphqlContext) {
    return (await this.loaders.for(req).history.load(idea.id)).map(toIdeaStatusChange);
  }

  @ResolveField(() => [IdeaComment], {
    description: 'Comments, with those of ideas merged into this one, oldest first.',
  })
  async comments(@Parent() idea: Idea, @Context() { req }: GraphqlContext) {
    return (await this.loaders.for(req).comments.load(idea.id)).map(toIdeaComment);
  }

  @ResolveField(() => [Question], {
    description: 'Questions linked as asking for this idea, oldest link first.',
  })
  async linkedQuestions(@Parent() idea: Idea, @Context() { req }: GraphqlContext) {
    const ids = await this.loaders.for(req).linkedQuestionIds.load(idea.id);
    const found = await Promise.all(ids.map((id) => this.questions.find(id)));
    return found
      .filter((question): question is NonNullable<typeof question> => question !== null)
      .map(toQuestion);
  }

  @ResolveField(() => [IdeaNote], {
    description: 'Staff-only notes, oldest first; anyone else gets FORBIDDEN (`STAFF_ONLY`).',
  })
  async internalNotes(@Parent() idea: Idea, @OptionalViewer() viewer?: Viewer) {
    return (await this.notes.list(viewer, idea.id)).map(toIdeaNote);
  }

  @ResolveField(() => [IdeaVote], {
    description:
      'The votes with their importance and reasons, newest first; product managers and admins only (FORBIDDEN otherwise).',
  })
  async votes(
    @Parent() idea: Idea,
    @Args('first', { type: () => Int, defaultValue: 100, description: 'How many (1 to 500).' })
    first: number,
    @OptionalViewer() viewer?: Viewer,
  ): Promise<IdeaVote[]> {
    if (!viewer || !readsVoteReasons.includes(viewer.user.role)) {
      throw new IdeasException(
        IdeasExceptionCode.StaffOnly,
        'Only product managers read the votes.',
      );
    }
    return (await this.voteService.list(idea.id, Math.min(Math.max(first, 1), 500))).map(
      toIdeaVote,
    );
  }

  @Mutation(() => Idea, { description: 'Proposes a feature idea.' })
  async proposeIdea(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The idea.' }) input: ProposeIdeaInput,
  ): Promise<Idea> {
    return toIdea(await this.ideaService.propose(viewer, input));
  }

  @Mutation(() => Idea, {
    description: 'Edits an idea: its author while under review, product managers any time.',
  })
  async editIdea(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The changes.' }) input: EditIdeaInput,
  ): Promise<Idea> {
    return toIdea(await this.ideaService.edit(viewer, input));
  }

  @Mutation(() => Idea, {
    description: 'Votes for an idea, or changes the importance and reason of the vote.',
  })
  async voteForIdea(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The vote.' }) input: VoteForIdeaInput,
  ): Promise<Idea> {
    return toIdea(await this.voteService.vote(viewer, input.ideaId, input));
  }

  @Mutation(() => Idea, { description: "Withdraws the signed-in person's vote, if any." })
  async withdrawIdeaVote(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The idea.' }) input: IdeaIdInput,
  ): Promise<Idea> {
    return toIdea(await this.voteService.withdraw(viewer, input.ideaId));
  }

  @Mutation(() => Idea, {
    description:
      'Records a vote for a customer organisation (experts, product managers), attributed to the organisation and to you.',
  })
  async recordOrganisationVote(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The vote.' }) input: RecordOrganisationVoteInput,
  ): Promise<Idea> {
    return toIdea(
      await this.voteService.recordForOrganisation(
        viewer,
        input.ideaId,
        input.organisationId,
        input,
      ),
    );
  }

  @Mutation(() => Idea, { description: 'Removes the vote recorded for an organisation.' })
  async removeOrganisationVote(
    @Args('input', { description: 'The idea and organisation.' })
    input: RemoveOrganisationVoteInput,
  ): Promise<Idea> {
    return toIdea(await this.voteService.removeForOrganisation(input.ideaId, input.organisationId));
  }

  @Mutation(() => Idea, {
    description:
      'Sets the status with a public message (product managers, admins); notifies everyone involved once.',
  })
  async setIdeaStatus(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The new status.' }) input: SetIdeaStatusInput,
  ): Promise<Idea> {
    return toIdea(await this.statuses.setStatus(viewer, input.ideaId, input.status, input.message));
  }

  @Mutation(() => Idea, {
    description:
      'Merges a duplicate into another idea (product managers, admins); returns the target.',
  })
  async mergeIdea(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'Which into which.' }) input: MergeIdeaInput,
  ): Promise<Idea> {
    return toIdea(await this.merges.merge(viewer, input.sourceId, input.targetId));
  }

  @Mutation(() => Idea, {
    description: 'Links a question that asks for the idea (experts, product managers, admins).',
  })
  async linkQuestionToIdea(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The idea and question.' }) input: LinkQuestionInput,
  ): Promise<Idea> {
    return toIdea(await this.evidence.link(viewer, input.ideaId, input.questionId));
  }

  @Mutation(() => Idea, {
    description: 'Removes a question link (experts, product managers, admins).',
  })
  async unlinkQuestionFromIdea(
    @Args('input', { description: 'The idea and question.' }) input: LinkQuestionInput,
  ): Promise<Idea> {
    return toIdea(await this.evidence.unlink(input.ideaId, input.questionId));
  }

  @Mutation(() => IdeaComment, { description: 'Comments on an idea.' })
  async addIdeaComment(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The comment.' }) input: AddIdeaCommentInput,
  ): Promise<IdeaComment> {
    return toIdeaComment(await this.commentService.add(viewer, input.ideaId, input.body));
  }

  @Mutation(() => Boolean, { description: 'Deletes a comment (its author, moderators).' })
  async deleteIdeaComment(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The comment.' }) input: DeleteIdeaCommentInput,
  ): Promise<boolean> {
    await this.commentService.delete(viewer, input.id);
    return true;
  }

  @Mutation(() => IdeaNote, { description: 'Adds a staff-only note to an idea (staff).' })
  async addIdeaNote(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The note.' }) input: AddIdeaNoteInput,
  ): Promise<IdeaNote> {
    return toIdeaNote(await this.notes.add(viewer, input.ideaId, input.body));
  }
}

/** Who wrote what, on the types the idea page lists. */
@Resolver(() => IdeaComment)
export class IdeaCommentResolver {
  constructor(private readonly users: UserLoader) {}

  @ResolveField(() => User, { description: 'Who wrote it.' })
  author(@Parent() comment: IdeaComment, @Context() { req }: GraphqlContext) {
    return this.users.user(req, comment.entity.authorId);
  }
}

@Resolver(() => IdeaNote)
export class IdeaNoteResolver {
  constructor(private readonly users: UserLoader) {}

  @ResolveField(() => User, { description: 'Who wrote it.' })
  author(@Parent() note: IdeaNote, @Context() { req }: GraphqlContext) {
    return this.users.user(req, note.entity.authorId);
  }
}

@Resolver(() => IdeaStatusChange)
export class IdeaStatusChangeResolver {
  constructor(private readonly users: UserLoader) {}

  @ResolveField(() => User, { description: 'The product manager who changed it.' })
  changedBy(@Parent() change: IdeaStatusChange, @Context() { req }: GraphqlContext) {
    return this.users.user(req, change.entity.changedById);
  }
}

@Resolver(() => IdeaVote)
export class IdeaVoteResolver {
  constructor(
    private readonly users: UserLoader,
    private readonly loaders: IdeasLoaders,
  ) {}

  @ResolveField(() => User, { nullable: true, description: 'The person; null for recorded votes.' })
  voter(@Parent() vote: IdeaVote, @Context() { req }: GraphqlContext) {
    return this.users.user(req, vote.entity.userId);
  }

  @ResolveField(() => User, { nullable: true, description: 'The staff member who recorded it.' })
  recordedBy(@Parent() vote: IdeaVote, @Context() { req }: GraphqlContext) {
    return this.users.user(req, vote.entity.recordedById);
  }

  @ResolveField(() => Organisation, {
    nullable: true,
    description: "The voter's organisation, or the organisation it was recorded for.",
  })
  async organisation(@Parent() vote: IdeaVote, @Context() { req }: GraphqlContext) {
    const id = vote.entity.organisationId;
    const organisation = id ? await this.loaders.for(req).organisations.load(id) : null;
    return organisation ? toOrganisation(organisation) : null;
  }
}
