import { Injectable } from '@nestjs/common';
import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import {
  CurrentViewer,
  IdentityException,
  IdentityExceptionCode,
  OptionalViewer,
  toUser,
  User,
  UserService,
  type Viewer,
} from '@forum/api/identity';
import { Clock, type GraphqlContext } from '@forum/api/platform';
import { ProductService, TagService, toProduct, toTag } from '@forum/api/qna';
import { isStaff, isSupportStaff, Role } from '@forum/shared/domain';
import DataLoader from 'dataloader';
import {
  ClearAwayInput,
  ExpertAreasView,
  MyExpertAreasInput,
  SetAwayInput,
  SetExpertAreasInput,
} from './expert-areas.models.js';
import { type AwayState, ExpertSettings } from './expert-settings.service.js';

interface RequestLoaders {
  areas: DataLoader<string, ExpertAreasView>;
  away: DataLoader<string, AwayState | null>;
}

/** Per-request batching: areas of a page of people in three queries, time away in one. */
@Injectable()
export class ExpertAreaLoaders {
  private readonly perRequest = new WeakMap<object, RequestLoaders>();

  constructor(
    private readonly settings: ExpertSettings,
    private readonly products: ProductService,
    private readonly tags: TagService,
    private readonly clock: Clock,
  ) {}

  areas(request: object, userId: string): Promise<ExpertAreasView> {
    return this.for(request).areas.load(userId);
  }

  away(request: object, userId: string): Promise<AwayState | null> {
    return this.for(request).away.load(userId);
  }

  private for(request: object): RequestLoaders {
    let loaders = this.perRequest.get(request);
    if (!loaders) {
      loaders = {
        areas: new DataLoader(async (userIds) => {
          const ids = await this.settings.areasOfMany(userIds);
          const productIds = [...new Set([...ids.values()].flatMap((a) => a.productIds))];
          const tagIds = [...new Set([...ids.values()].flatMap((a) => a.tagIds))];
          const products = productIds.length > 0 ? await this.products.listByIds(productIds) : [];
          const tags = (await this.tags.findByIds(tagIds)).sort((a, b) =>
            a.slug.localeCompare(b.slug),
          );
          return userIds.map((userId) => {
            const own = ids.get(userId);
            return Object.assign(new ExpertAreasView(), {
              products: products.filter((p) => own?.productIds.includes(p.id)).map(toProduct),
              tags: tags.filter((t) => own?.tagIds.includes(t.id)).map(toTag),
            });
          });
        }),
        away: new DataLoader(async (userIds) => {
          const away = await this.settings.awayOf(userIds, this.clock.now());
          return userIds.map((userId) => away.get(userId) ?? null);
        }),
      };
      this.perRequest.set(request, loaders);
    }
    return loaders;
  }
}

function mayReadAway(viewer: Viewer | undefined, user: User): boolean {
  return viewer !== undefined && (viewer.user.id === user.id || isStaff(viewer.user.role));
}

/** Expert areas and time away on `User`, and the mutations that change them. */
@Resolver(() => User)
export class ExpertAreasResolver {
  constructor(
    private readonly settings: ExpertSettings,
    private readonly loaders: ExpertAreaLoaders,
    private readonly users: UserService,
  ) {}

  @ResolveField(() => ExpertAreasView, {
    description:
      'Products and tags a staff member covers; empty for members and deleted accounts. Public.',
  })
  async expertAreas(
    @Parent() user: User,
    @Context() { req }: GraphqlContext,
  ): Promise<ExpertAreasView> {
    if (user.isDeleted || !isSupportStaff(user.role)) {
      return Object.assign(new ExpertAreasView(), { products: [], tags: [] });
    }
    return this.loaders.areas(req, user.id);
  }

  @ResolveField(() => Boolean, {
    nullable: true,
    description: 'Whether they are away (holiday) now. Self and staff; null for others.',
  })
  async isAway(
    @Parent() user: User,
    @Context() { req }: GraphqlContext,
    @OptionalViewer() viewer?: Viewer,
  ): Promise<boolean | null> {
    if (!mayReadAway(viewer, user)) return null;
    return (await this.loaders.away(req, user.id)) !== null;
  }

  @ResolveField(() => Date, {
    nullable: true,
    description:
      'When their current time away ends; null when not away or away open-ended. Self and staff.',
  })
  async awayUntil(
    @Parent() user: User,
    @Context() { req }: GraphqlContext,
    @OptionalViewer() viewer?: Viewer,
  ): Promise<Date | null> {
    if (!mayReadAway(viewer, user)) return null;
    return (await this.loaders.away(req, user.id))?.awayUntil ?? null;
  }

  @Mutation(() => User, {
    description: "Replaces a staff member's products and tags. Admins.",
  })
  async setExpertAreas(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The staff member and their areas.' })
    input: SetExpertAreasInput,
  ): Promise<User> {
    await this.settings.setAreas(viewer, input.userId, input);
    return toUser(await this.users.get(input.userId));
  }

  @Mutation(() => User, {
    description: 'Replaces the signed-in staff member’s own products and tags.',
  })
  async updateMyExpertAreas(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'Their areas.' }) input: MyExpertAreasInput,
  ): Promise<User> {
    await this.settings.setAreas(viewer, viewer.user.id, input);
    return toUser(await this.users.get(viewer.user.id));
  }

  @Mutation(() => User, {
    description:
      'Marks a staff member away from now until a moment (or open-ended); routing and escalations skip them. Oneself, or anyone for admins.',
  })
  async setAway(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'Until when, and whose.' }) input: SetAwayInput,
  ): Promise<User> {
    const userId = this.whose(viewer, input.userId);
    await this.settings.setAway(userId, input.until ?? null);
    return toUser(await this.users.get(userId));
  }

  @Mutation(() => User, {
    description: 'Ends time away now. Oneself, or anyone for admins.',
  })
  async clearAway(
    @CurrentViewer() viewer: Viewer,
    @Args('input', {
      type: () => ClearAwayInput,
      nullable: true,
      description: 'Whose; oneself when left out.',
    })
    input?: ClearAwayInput | null,
  ): Promise<User> {
    const userId = this.whose(viewer, input?.userId);
    await this.settings.clearAway(userId);
    return toUser(await this.users.get(userId));
  }

  private whose(viewer: Viewer, userId: string | null | undefined): string {
    if (!userId || userId === viewer.user.id) return viewer.user.id;
    if (viewer.user.role !== Role.Admin) {
      throw new IdentityException(
        IdentityExceptionCode.AccessDenied,
        'Only admins set the time away of someone else.',
      );
    }
    return userId;
  }
}
