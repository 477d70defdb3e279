import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, User, UserLoader, type Viewer } from '@forum/api/identity';
import type { GraphqlContext } from '@forum/api/platform';
import { Idea } from '../ideas/idea.model.js';
import { IdeasLoaders } from '../ideas.loaders.js';
import { AddIdeaCommentInput } from './dto/add-idea-comment.input.js';
import { DeleteIdeaCommentInput } from './dto/delete-idea-comment.input.js';
import { IdeaComment, toIdeaComment } from './idea-comment.model.js';
import { IdeaCommentService } from './idea-comment.service.js';

/** Comments on ideas, with those of ideas merged into them. */
@Resolver(() => Idea)
export class IdeaCommentsResolver {
  constructor(
    private readonly commentService: IdeaCommentService,
    private readonly loaders: IdeasLoaders,
  ) {}

  @ResolveField(() => [IdeaComment], {
    description: 'Comments, with those of ideas merged into this one, oldest first.',
  })
  async comments(@Parent() idea: Idea, @Context() { req }: GraphqlContext) {
    return (await this.loaders.for(req).comments.load(idea.id)).map(toIdeaComment);
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
}

@Resolver(() => IdeaComment)
export class IdeaCommentResolver {
  constructor(private readonly users: UserLoader) {}

  @ResolveField(() => User, { description: 'Who wrote it.' })
  author(@Parent() comment: IdeaComment, @Context() { req }: GraphqlContext) {
    return this.users.user(req, comment.entity.authorId);
  }
}
