import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, RequireRoles, User, UserLoader, type Viewer } from '@forum/api/identity';
import { Clock, type Connection, type GraphqlContext } from '@forum/api/platform';
import { Role } from '@forum/shared/domain';
import { FlagService } from '../flags/flag.service.js';
import type { ReviewItemEntity } from '../queue/review-item.entity.js';
import { ReviewService } from '../queue/review.service.js';
import { ModerationSettingsService } from '../settings/moderation-settings.service.js';
import { TrustService } from '../trust/trust.service.js';
import {
  AccountTrustInput,
  FlagContentInput,
  ResolveReviewItemInput,
  ResolveReviewItemsInput,
  ReviewItemIdInput,
  ReviewQueueArgs,
  UpdateModerationSettingsInput,
} from './moderation.inputs.js';
import {
  AccountTrust,
  Flag,
  ModerationSettings,
  ReviewFlag,
  ReviewItem,
  ReviewItemConnection,
  ReviewTarget,
  toFlag,
  toModerationSettings,
  toReviewItem,
} from './moderation.models.js';

/** Flags, the review queue, moderation settings and trusted accounts. */
@Resolver(() => ReviewItem)
export class ReviewItemResolver {
  constructor(
    private readonly flags: FlagService,
    private readonly reviews: ReviewService,
    private readonly users: UserLoader,
    private readonly clock: Clock,
  ) {}

  @Mutation(() => Flag, {
    description:
      'Flags a question, answer, comment, profile or idea for moderators. One flag per person and target (ALREADY_FLAGGED), never on your own content (OWN_CONTENT); OTHER needs a note (NOTE_REQUIRED). When a post’s flags reach the hiding weight, it is hidden until reviewed (comments, profiles and ideas are never hidden by flags); you are notified of the outcome.',
  })
  async flagContent(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'What and why.' }) input: FlagContentInput,
  ): Promise<Flag> {
    return toFlag(await this.flags.flag(viewer, input));
  }

  @Query(() => ReviewItemConnection, {
    description:
      'The review queue, oldest first. Moderators and admins see every item; experts only items with a NEEDS_STAFF flag in their product areas (REVIEWERS_ONLY for anyone else).',
  })
  @RequireRoles(Role.Expert, Role.Moderator, Role.Admin)
  async reviewQueue(
    @CurrentViewer() viewer: Viewer,
    @Args() args: ReviewQueueArgs,
  ): Promise<Connection<ReviewItem>> {
    const page = await this.reviews.list(viewer, {
      cause: args.filter?.cause,
      status: args.filter?.status,
      first: args.first,
      after: args.after,
    });
    const items = await this.toItems(page.edges.map((edge) => edge.node));
    return {
      ...page,
      edges: page.edges.flatMap((edge, i) => {
        const node = items[i];
        return node ? [{ cursor: edge.cursor, node }] : [];
      }),
    };
  }

  @Mutation(() => ReviewItem, {
    description: `Claims an open item for 15 minutes so other reviewers leave it alone (CLAIMED_BY_OTHER while someone else holds it); claiming again extends the claim.`,
  })
  async claimReviewItem(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The item.' }) input: ReviewItemIdInput,
  ): Promise<ReviewItem> {
    return this.toItem(await this.reviews.claim(viewer, input.id));
  }

  @Mutation(() => ReviewItem, {
    description: 'Gives up your claim on an item (NOT_CLAIMED when you hold none).',
  })
  async releaseReviewItem(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The item.' }) input: ReviewItemIdInput,
  ): Promise<ReviewItem> {
    return this.toItem(await this.reviews.release(viewer, input.id));
  }

  @Mutation(() => ReviewItem, {
    description:
      'Resolves an open item (ALREADY_RESOLVED when someone was faster, CLAIMED_BY_OTHER while another reviewer holds it). Audited; every flagger is notified. Experts may only APPROVE or HIDE.',
  })
  async resolveReviewItem(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The item and the decision.' }) input: ResolveReviewItemInput,
  ): Promise<ReviewItem> {
    return this.toItem(await this.reviews.resolve(viewer, input.id, input));
  }

  @Mutation(() => [ReviewItem], {
    description:
      'Resolves up to 50 items with one decision, all or none: the first item that cannot be resolved fails the whole call with its reason and `id`.',
  })
  async resolveReviewItems(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The items and the decision.' }) input: ResolveReviewItemsInput,
  ): Promise<ReviewItem[]> {
    return this.toItems(await this.reviews.resolveMany(viewer, input.ids, input));
  }

  @ResolveField(() => User, { nullable: true, description: 'Who holds the claim, while it holds.' })
  claimedBy(@Parent() item: ReviewItem, @Context() { req }: GraphqlContext): Promise<User | null> {
    return this.users.user(req, item.claimedById);
  }

  @ResolveField(() => User, { nullable: true, description: 'Who resolved it.' })
  resolvedBy(@Parent() item: ReviewItem, @Context() { req }: GraphqlContext): Promise<User | null> {
    return this.users.user(req, item.resolvedById);
  }

  private async toItem(entity: ReviewItemEntity): Promise<ReviewItem> {
    const [item] = await this.toItems([entity]);
    if (!item) throw new Error('a review item went missing while it was being shown');
    return item;
  }

  private async toItems(entities: readonly ReviewItemEntity[]): Promise<ReviewItem[]> {
    const { facts, flags } = await this.reviews.details(entities);
    const now = this.clock.now();
    return entities.map((entity) =>
      toReviewItem(entity, facts.get(entity.targetId) ?? null, flags.get(entity.id) ?? [], now),
    );
  }
}

@Resolver(() => ReviewFlag)
export class ReviewFlagResolver {
  constructor(private readonly users: UserLoader) {}

  @ResolveField(() => User, { nullable: true, description: 'Who flagged it.' })
  flagger(@Parent() flag: ReviewFlag, @Context() { req }: GraphqlContext): Promise<User | null> {
    return this.users.user(req, flag.flaggerId);
  }
}

@Resolver(() => ReviewTarget)
export class ReviewTargetResolver {
  constructor(private readonly users: UserLoader) {}

  @ResolveField(() => User, {
    nullable: true,
    description: 'Who wrote it; the person, for a profile.',
  })
  author(@Parent() target: ReviewTarget, @Context() { req }: GraphqlContext): Promise<User | null> {
    return this.users.user(req, target.authorId);
  }
}

@Resolver(() => ModerationSettings)
export class ModerationSettingsResolver {
  constructor(
    private readonly settings: ModerationSettingsService,
    private readonly trust: TrustService,
  ) {}

  @Query(() => ModerationSettings, {
    description: 'The moderation settings. Moderators and admins.',
  })
  @RequireRoles(Role.Moderator, Role.Admin)
  async moderationSettings(): Promise<ModerationSettings> {
    return toModerationSettings(await this.settings.current());
  }

  @Mutation(() => ModerationSettings, {
    description:
      'Changes moderation settings (admins); each value within its bounds (INVALID_SETTINGS otherwise). Audited as settings.changed with the values before and after.',
  })
  async updateModerationSettings(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The values to change.' }) input: UpdateModerationSettingsInput,
  ): Promise<ModerationSettings> {
    const change = Object.fromEntries(
      Object.entries(input).filter(([, value]) => value !== null && value !== undefined),
    );
    return toModerationSettings(await this.settings.update(viewer, change));
  }

  @Mutation(() => AccountTrust, {
    description:
      'Trusts an account (admins): its posts skip the spam rules and first-post review. Audited as user.trusted.',
  })
  async trustAccount(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The person.' }) input: AccountTrustInput,
  ): Promise<AccountTrust> {
    return {
      userId: input.userId,
      trusted: await this.trust.setTrusted(viewer, input.userId, true),
    };
  }

  @Mutation(() => AccountTrust, {
    description: 'Stops trusting an account (admins). Audited as user.untrusted.',
  })
  async untrustAccount(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The person.' }) input: AccountTrustInput,
  ): Promise<AccountTrust> {
    return {
      userId: input.userId,
      trusted: await this.trust.setTrusted(viewer, input.userId, false),
    };
  }
}
