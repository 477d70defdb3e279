import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RequireRoles } from '@forum/api/identity';
import { Role } from '@forum/shared/domain';
import { IdeaInsightsArgs } from './dto/idea-insights.args.js';
import { IdeaVoteBreakdownArgs } from './dto/idea-vote-breakdown.args.js';
import { IdeaVoteTrendArgs } from './dto/idea-vote-trend.args.js';
import { IdeaInsightsReport } from './idea-insights-report.model.js';
import { IdeaVoteBreakdown } from './idea-vote-breakdown.model.js';
import { IdeaVoteTrend } from './idea-vote-trend.model.js';
import { breakdownCsv, insightsCsv, InsightsService, trendCsv } from './insights.service.js';

/** Insights are for product managers and admins; everyone else gets FORBIDDEN. */
const productManagers = [Role.ProductManager, Role.Admin] as const;

@Resolver(() => IdeaInsightsReport)
export class IdeaInsightsResolver {
  constructor(private readonly insights: InsightsService) {}

  @Query(() => IdeaInsightsReport, {
    description:
      'Ideas ranked by votes, weighted votes, organisations, trend or demand (product managers).',
  })
  @RequireRoles(...productManagers)
  ideaInsights(@Args() args: IdeaInsightsArgs): Promise<IdeaInsightsReport> {
    return this.insights.insights(args);
  }

  @Query(() => IdeaVoteTrend, { description: 'Votes per week of some ideas (product managers).' })
  @RequireRoles(...productManagers)
  ideaVoteTrend(@Args() args: IdeaVoteTrendArgs): Promise<IdeaVoteTrend> {
    return this.insights.trend(args);
  }

  @Query(() => IdeaVoteBreakdown, {
    description: 'Votes by organisation, plan, importance and product area (product managers).',
  })
  @RequireRoles(...productManagers)
  ideaVoteBreakdown(@Args() args: IdeaVoteBreakdownArgs): Promise<IdeaVoteBreakdown> {
    return this.insights.breakdown(args);
  }

  @ResolveField(() => String, { description: 'The rows as CSV (UTF-8, header first).' })
  csv(@Parent() report: IdeaInsightsReport): string {
    return insightsCsv(report);
  }
}

@Resolver(() => IdeaVoteTrend)
export class IdeaVoteTrendResolver {
  @ResolveField(() => String, {
    description: 'One row per idea and week as CSV (UTF-8, header first).',
  })
  csv(@Parent() trend: IdeaVoteTrend): string {
    return trendCsv(trend);
  }
}

@Resolver(() => IdeaVoteBreakdown)
export class IdeaVoteBreakdownResolver {
  @ResolveField(() => String, {
    description: 'One row per dimension and group as CSV (UTF-8, header first).',
  })
  csv(@Parent() breakdown: IdeaVoteBreakdown): string {
    return breakdownCsv(breakdown);
  }
}
