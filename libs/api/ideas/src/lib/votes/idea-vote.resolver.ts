import { Args, Context, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import {
  CurrentViewer,
  OptionalViewer,
  Organisation,
  toOrganisation,
  User,
  UserLoader,
  type Viewer,
} from '@forum/api/identity';
import type { GraphqlContext } from '@forum/api/platform';
import { Idea, toIdea } from '../ideas/idea.model.js';
import { IdeasLoaders } from '../ideas.loaders.js';
import { IdeaIdInput } from './dto/idea-id.input.js';
import { RecordOrganisationVoteInput } from './dto/record-organisation-vote.input.js';
import { RemoveOrganisationVoteInput } from './dto/remove-organisation-vote.input.js';
import { VoteForIdeaInput } from './dto/vote-for-idea.input.js';
import { IdeaViewerVote, IdeaVote, toIdeaViewerVote, toIdeaVote } from './idea-vote.model.js';
import { IdeaVoteService } from './vote.service.js';

/** Voting on ideas, and the votes an idea shows. */
@Resolver(() => Idea)
export class IdeaVotesResolver {
  constructor(
    private readonly voteService: IdeaVoteService,
    private readonly loaders: IdeasLoaders,
  ) {}

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
    return vote ? toIdeaViewerVote(vote) : null;
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
    return (await this.voteService.list(viewer, idea.id, first)).map(toIdeaVote);
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
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The idea and organisation.' })
    input: RemoveOrganisationVoteInput,
  ): Promise<Idea> {
    return toIdea(
      await this.voteService.removeForOrganisation(viewer, input.ideaId, input.organisationId),
    );
  }
}

/** Who cast a vote, who recorded it, and for which organisation. */
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
