import { Inject, type Type } from '@nestjs/common';
import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Idea } from '@forum/api/ideas';
import { OptionalViewer, type Viewer } from '@forum/api/identity';
import type { GraphqlContext } from '@forum/api/platform';
import { Product, Question, Tag } from '@forum/api/qna';
import { FollowTarget } from '@forum/shared/domain';
import { FollowingLoaders } from './following.loaders.js';

/** `viewerFollows` and `followerCount` on a type whose objects can be followed. */
function followFields<T extends { id: string }>(
  type: Type<T>,
  targetType: FollowTarget,
  noun: string,
) {
  @Resolver(() => type)
  class FollowFieldsResolver {
    constructor(@Inject(FollowingLoaders) private readonly loaders: FollowingLoaders) {}

    @ResolveField(() => Boolean, {
      description: `Whether the signed-in person follows this ${noun}; false for visitors.`,
    })
    async viewerFollows(
      @Parent() parent: T,
      @Context() { req }: GraphqlContext,
      @OptionalViewer() viewer?: Viewer,
    ): Promise<boolean> {
      if (!viewer) return false;
      return this.loaders.viewerFollows(req, viewer.user.id, targetType, parent.id);
    }

    @ResolveField(() => Int, { description: `How many people follow this ${noun}.` })
    followerCount(@Parent() parent: T, @Context() { req }: GraphqlContext): Promise<number> {
      return this.loaders.followerCount(req, targetType, parent.id);
    }
  }
  return FollowFieldsResolver;
}

export const QuestionFollowResolver = followFields(Question, FollowTarget.Question, 'question');
export const IdeaFollowResolver = followFields(Idea, FollowTarget.Idea, 'idea');
export const TagFollowResolver = followFields(Tag, FollowTarget.Tag, 'tag');
export const ProductFollowResolver = followFields(Product, FollowTarget.Product, 'product area');
