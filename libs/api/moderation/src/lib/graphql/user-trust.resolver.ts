import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { OptionalViewer, User, type Viewer } from '@forum/api/identity';
import type { GraphqlContext } from '@forum/api/platform';
import { Role } from '@forum/shared/domain';
import DataLoader from 'dataloader';
import { TrustService } from '../trust/trust.service.js';

/** Moderation's part of a profile, for admins: whether the account is trusted. */
@Resolver(() => User)
export class UserTrustResolver {
  private readonly perRequest = new WeakMap<object, DataLoader<string, boolean>>();

  constructor(private readonly trust: TrustService) {}

  @ResolveField(() => Boolean, {
    nullable: true,
    description:
      'Whether admins trust the account (its posts skip the spam rules and first-post review). Admins only; null for everyone else.',
  })
  trusted(
    @Parent() user: User,
    @OptionalViewer() viewer: Viewer | undefined,
    @Context() { req }: GraphqlContext,
  ): Promise<boolean> | null {
    if (viewer?.user.role !== Role.Admin) return null;
    return this.loader(req).load(user.id);
  }

  private loader(request: object): DataLoader<string, boolean> {
    let loader = this.perRequest.get(request);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const trusted = await this.trust.trustedAmong(ids);
        return ids.map((id) => trusted.has(id));
      });
      this.perRequest.set(request, loader);
    }
    return loader;
  }
}
