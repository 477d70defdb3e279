import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, User, UserLoader, type Viewer } from '@forum/api/identity';
import type { GraphqlContext } from '@forum/api/platform';
import { AddCommentInput } from './dto/add-comment.input.js';
import { DeleteCommentInput } from './dto/delete-comment.input.js';
import { toComment } from './comment.mapper.js';
import { Comment } from './comment.model.js';
import { CommentService } from './comment.service.js';

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
