import { isUUID } from 'class-validator';
import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { User, UserLoader } from '@forum/api/identity';
import { type Connection, type GraphqlContext, PrivilegeConfig } from '@forum/api/platform';
import { QnaStats } from '@forum/api/qna';
import { badgeCatalog, badgeDefinition, type Privilege } from '@forum/shared/domain';
import { BadgeService } from './badges/badge.service.js';
import { LeaderboardService } from './leaderboard/leaderboard.service.js';
import { LedgerService } from './ledger/ledger.service.js';
import { LeaderboardArgs, ReputationHistoryArgs } from './reputation.inputs.js';
import { ReputationLoaders } from './reputation.loaders.js';
import {
  Badge,
  BadgeAward,
  LeaderboardEntry,
  LocalizedText,
  ReputationChange,
  ReputationChangeConnection,
  ReputationPrivileges,
  ReputationProduct,
  toBadge,
  toBadgeAward,
  toReputationChange,
  UserActivity,
} from './reputation.models.js';

@Resolver()
export class ReputationResolver {
  constructor(
    private readonly ledger: LedgerService,
    private readonly badgeService: BadgeService,
    private readonly leaderboards: LeaderboardService,
    private readonly privileges: PrivilegeConfig,
  ) {}

  @Query(() => ReputationChangeConnection, {
    description: "A person's reputation changes, newest first. Public, like their total.",
  })
  async reputationHistory(
    @Args() args: ReputationHistoryArgs,
  ): Promise<Connection<ReputationChange>> {
    const page = await this.ledger.history(args.userId, args.first, args.after);
    return {
      ...page,
      edges: page.edges.map((edge) => ({
        cursor: edge.cursor,
        node: toReputationChange(edge.node),
      })),
    };
  }

  @Query(() => [Badge], { description: 'Every badge there is, with its tiers and holder counts.' })
  async badges(): Promise<Badge[]> {
    const holders = await this.badgeService.holderCounts();
    return badgeCatalog.map((definition) => toBadge(definition, holders));
  }

  @Query(() => [BadgeAward], { description: "A person's badges, newest first." })
  async userBadges(
    @Args('userId', { type: () => ID, description: 'Whose badges.' }) userId: string,
  ): Promise<BadgeAward[]> {
    if (!isUUID(userId)) return [];
    return (await this.badgeService.forUsers([userId])).map(toBadgeAward);
  }

  @Query(() => [LeaderboardEntry], {
    description: 'Who earned the most reputation, overall or in one product, over a period.',
  })
  async leaderboard(@Args() args: LeaderboardArgs): Promise<LeaderboardEntry[]> {
    const rows = await this.leaderboards.top(args.productId ?? null, args.period, args.first);
    return rows.map((row, i) =>
      Object.assign(new LeaderboardEntry(), {
        rank: i + 1,
        points: row.points,
        userId: row.userId,
      }),
    );
  }

  @Query(() => ReputationPrivileges, { description: 'What reputation unlocks in this community.' })
  reputationPrivileges(): ReputationPrivileges {
    return {
      rules: Object.entries(this.privileges.thresholds).map(([privilege, reputation]) => ({
        privilege: privilege as Privilege,
        reputation,
      })),
      newAccountQuestionsPerDay: this.privileges.newAccountQuestionsPerDay,
      newAccountAnswersPerDay: this.privileges.newAccountAnswersPerDay,
    };
  }
}

@Resolver(() => Badge)
export class BadgeResolver {
  constructor(private readonly badgeService: BadgeService) {}

  @ResolveField(() => [BadgeAward], { description: 'Who earned it most recently.' })
  async recentAwards(
    @Parent() badge: Badge,
    @Args('first', { type: () => Int, defaultValue: 20, description: 'How many (1 to 100).' })
    first: number,
  ): Promise<BadgeAward[]> {
    const limit = Math.min(Math.max(first, 1), 100);
    return (await this.badgeService.recentAwards(badge.key, limit)).map(toBadgeAward);
  }
}

@Resolver(() => BadgeAward)
export class BadgeAwardResolver {
  constructor(
    private readonly users: UserLoader,
    private readonly loaders: ReputationLoaders,
  ) {}

  @ResolveField(() => User, { nullable: true, description: 'Who holds it.' })
  user(@Parent() award: BadgeAward, @Context() { req }: GraphqlContext): Promise<User | null> {
    return this.users.user(req, award.entity.userId);
  }

  @ResolveField(() => LocalizedText, { description: "The badge's name." })
  name(@Parent() award: BadgeAward): LocalizedText {
    return badgeDefinition(award.badge).name;
  }

  @ResolveField(() => LocalizedText, { description: 'What earned this tier.' })
  description(@Parent() award: BadgeAward): LocalizedText {
    const definition = badgeDefinition(award.badge);
    return (definition.levels.find((level) => level.tier === award.tier) ?? definition.levels[0]!)
      .description;
  }

  @ResolveField(() => ReputationProduct, {
    nullable: true,
    description: 'The product it is about (Product Specialist).',
  })
  product(
    @Parent() award: BadgeAward,
    @Context() { req }: GraphqlContext,
  ): Promise<ReputationProduct | null> {
    return award.entity.productId
      ? this.loaders.for(req).products.load(award.entity.productId)
      : Promise.resolve(null);
  }
}

@Resolver(() => ReputationChange)
export class ReputationChangeResolver {
  constructor(private readonly loaders: ReputationLoaders) {}

  @ResolveField(() => String, { nullable: true, description: 'Title of the question.' })
  questionTitle(
    @Parent() change: ReputationChange,
    @Context() { req }: GraphqlContext,
  ): Promise<string | null> {
    return this.loaders.for(req).questionTitles.load(change.questionId);
  }
}

@Resolver(() => LeaderboardEntry)
export class LeaderboardEntryResolver {
  constructor(private readonly users: UserLoader) {}

  @ResolveField(() => User, { nullable: true, description: 'Who.' })
  user(
    @Parent() entry: LeaderboardEntry,
    @Context() { req }: GraphqlContext,
  ): Promise<User | null> {
    return this.users.user(req, entry.userId);
  }
}

/** Reputation's part of a person's public profile. */
@Resolver(() => User)
export class UserReputationResolver {
  constructor(
    private readonly loaders: ReputationLoaders,
    private readonly qna: QnaStats,
  ) {}

  @ResolveField(() => [BadgeAward], { description: 'Their badges, newest first.' })
  async badges(@Parent() user: User, @Context() { req }: GraphqlContext): Promise<BadgeAward[]> {
    return (await this.loaders.for(req).badges.load(user.id)).map(toBadgeAward);
  }

  @ResolveField(() => UserActivity, {
    description: 'Their questions, answers, accepted solutions and products. For profiles only.',
  })
  activity(@Parent() user: User): Promise<UserActivity> {
    return this.qna.authorActivity(user.id);
  }
}
