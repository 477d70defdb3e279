import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { OptionalViewer, User, UserLoader, type Viewer } from '@forum/api/identity';
import type { GraphqlContext } from '@forum/api/platform';
import { EditService } from './edit.service.js';
import { toRevision } from './revision.mapper.js';
import { Revision } from './revision.model.js';

@Resolver(() => Revision)
export class RevisionResolver {
  constructor(
    private readonly edits: EditService,
    private readonly users: UserLoader,
  ) {}

  @Query(() => [Revision], {
    description:
      'Earlier versions of a question or an answer (name exactly one), newest first. Those of deleted posts only for moderators.',
  })
  async revisions(
    @Args('questionId', { type: () => ID, nullable: true, description: 'The question.' })
    questionId?: string,
    @Args('answerId', { type: () => ID, nullable: true, description: 'The answer.' })
    answerId?: string,
    @OptionalViewer() viewer?: Viewer,
  ): Promise<Revision[]> {
    if (Boolean(questionId) === Boolean(answerId)) return [];
    return (await this.edits.revisions(viewer, { questionId, answerId })).map(toRevision);
  }

  @ResolveField(() => User, { description: 'Who made the edit.' })
  editor(@Parent() revision: Revision, @Context() { req }: GraphqlContext): Promise<User | null> {
    return this.users.user(req, revision.entity.editorId);
  }
}
