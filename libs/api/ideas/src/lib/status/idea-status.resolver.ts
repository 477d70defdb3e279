import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, User, UserLoader, type Viewer } from '@forum/api/identity';
import type { GraphqlContext } from '@forum/api/platform';
import { Idea, toIdea } from '../ideas/idea.model.js';
import { IdeasLoaders } from '../ideas.loaders.js';
import { SetIdeaStatusInput } from './dto/set-idea-status.input.js';
import { IdeaStatusChange, toIdeaStatusChange } from './idea-status-change.model.js';
import { IdeaStatusService } from './status.service.js';

/** Moving ideas through their statuses, and the history of those moves. */
@Resolver(() => Idea)
export class IdeaStatusResolver {
  constructor(
    private readonly statuses: IdeaStatusService,
    private readonly loaders: IdeasLoaders,
  ) {}

  @ResolveField(() => [IdeaStatusChange], { description: 'Status changes, oldest first.' })
  async statusHistory(@Parent() idea: Idea, @Context() { req }: GraphqlContext) {
    return (await this.loaders.for(req).history.load(idea.id)).map(toIdeaStatusChange);
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
}

@Resolver(() => IdeaStatusChange)
export class IdeaStatusChangeResolver {
  constructor(private readonly users: UserLoader) {}

  @ResolveField(() => User, { description: 'The product manager who changed it.' })
  changedBy(@Parent() change: IdeaStatusChange, @Context() { req }: GraphqlContext) {
    return this.users.user(req, change.entity.changedById);
  }
}
