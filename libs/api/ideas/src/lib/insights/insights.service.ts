import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OrganisationService } from '@forum/api/identity';
import { IdeasConfig } from '@forum/api/platform';
import { ProductService } from '@forum/api/qna';
import { stringify } from 'csv-stringify/sync';
import { DataSource } from 'typeorm';
import { IdeasClock, utcDay } from '../ideas.clock.js';
import { IdeasException, IdeasExceptionCode } from '../ideas.exception.js';
import type { IdeaInsightFilter } from './dto/idea-insight-filter.input.js';
import type { IdeaInsightsArgs } from './dto/idea-insights.args.js';
import type { IdeaVoteBreakdownArgs } from './dto/idea-vote-breakdown.args.js';
import type { IdeaVoteTrendArgs } from './dto/idea-vote-trend.args.js';
import { IdeaInsightOrder } from './idea-insight-order.enum.js';
import type { IdeaInsight, IdeaInsightsReport } from './idea-insights-report.model.js';
import type { IdeaVoteBreakdown, VoteGroup } from './idea-vote-breakdown.model.js';
import type { IdeaVoteTrend } from './idea-vote-trend.model.js';

const rankBy: Record<IdeaInsightOrder, string> = {
  [IdeaInsightOrder.Votes]: '"periodVotes"',
  [IdeaInsightOrder.WeightedVotes]: '"weightedVotes"',
  [IdeaInsightOrder.Organisations]: 'organisations',
  [IdeaInsightOrder.Trending]: 'trend',
  [IdeaInsightOrder.Demand]: 'askers',
};

/**
 * Figures for product managers. Every query reads the counters, tallies and day buckets kept for
 * the votes (a few rows per idea, with the changes not folded yet through the `*_live` views,
 * ADR 0031), never the vote rows themselves, so they stay fast however many votes there are.
 */
@Injectable()
export class InsightsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: IdeasConfig,
    private readonly clock: IdeasClock,
    private readonly organisations: OrganisationService,
    private readonly products: ProductService,
  ) {}

  /**
   * The ranking, in one statement on the benchmarked path. A read model across domains kept here
   * on purpose: besides this domain's counters it reads `product.name` (qna) for each row, which a
   * separate lookup would turn into a second statement per request (ADR 0014).
   */
  async insights(args: IdeaInsightsArgs): Promise<IdeaInsightsReport> {
    const filter = args.filter ?? {};
    const today = this.clock.today();
    const [from, to] = period(filter);
    const weights = this.config.planWeights;
    const rows: IdeaInsight[] = await this.dataSource.query(
      `WITH weighted AS (
         SELECT idea_id, sum(votes * CASE plan WHEN 'free' THEN $4::numeric
           WHEN 'pro' THEN $5::numeric WHEN 'enterprise' THEN $6::numeric ELSE $7::numeric END) AS w
         FROM idea_vote_tally_live GROUP BY idea_id
       ), recent AS (
         SELECT idea_id,
           coalesce(sum(votes) FILTER (WHERE day > $1::date - 14), 0)::int AS last,
           coalesce(sum(votes) FILTER (WHERE day <= $1::date - 14), 0)::int AS previous
         FROM idea_vote_day_live WHERE day > $1::date - 28 AND day <= $1::date GROUP BY idea_id
       ), period AS (
         SELECT idea_id, sum(votes)::int AS votes FROM idea_vote_day_live
         WHERE ($2::date IS NOT NULL OR $3::date IS NOT NULL)
           AND day >= coalesce($2::date, '-infinity') AND day <= coalesce($3::date, 'infinity')
         GROUP BY idea_id
       )
       SELECT i.id AS "ideaId", i.title, i.status, i.product_id AS "productId",
         p.name AS "productName", c.vote_count AS votes,
         CASE WHEN $2::date IS NULL AND $3::date IS NULL THEN c.vote_count
              ELSE coalesce(period.votes, 0) END AS "periodVotes",
         coalesce(weighted.w, 0)::float8 AS "weightedVotes",
         c.organisation_count AS organisations,
         coalesce(recent.last, 0) AS "votesLast14Days",
         coalesce(recent.previous, 0) AS "votesPrevious14Days",
         coalesce(recent.last, 0) - coalesce(recent.previous, 0) AS trend,
         i.linked_question_count AS "linkedQuestions", i.asker_count AS askers,
         i.asker_organisation_count AS "askerOrganisations"
       FROM idea i
       JOIN idea_counter_live c ON c.idea_id = i.id
       JOIN product p ON p.id = i.product_id
       LEFT JOIN weighted ON weighted.idea_id = i.id
       LEFT JOIN recent ON recent.idea_id = i.id
       LEFT JOIN period ON period.idea_id = i.id
       WHERE i.merged_into_id IS NULL
         AND ($8::uuid IS NULL OR i.product_id = $8)
         AND ($9::idea_status[] IS NULL OR i.status = ANY($9))
       ORDER BY ${rankBy[args.orderBy ?? IdeaInsightOrder.Votes]} DESC, c.vote_count DESC, i.id
       LIMIT $10`,
      [
        today,
        from,
        to,
        weights.free,
        weights.pro,
        weights.enterprise,
        weights.none,
        filter.productId ?? null,
        filter.statuses?.length ? filter.statuses : null,
        args.first,
      ],
    );
    return {
      rows,
      today,
      planWeights: Object.entries(weights).map(([plan, weight]) => ({ plan, weight })),
    };
  }

  async trend(args: IdeaVoteTrendArgs): Promise<IdeaVoteTrend> {
    const rows: Array<{ ideaId: string; title: string; weekStart: string; votes: number }> =
      await this.dataSource.query(
        `SELECT i.id AS "ideaId", i.title, to_char(w.week, 'YYYY-MM-DD') AS "weekStart",
           coalesce(sum(d.votes), 0)::int AS votes
         FROM idea i
         CROSS JOIN generate_series(
           date_trunc('week', $1::date::timestamp) - ($3::int - 1) * interval '1 week',
           date_trunc('week', $1::date::timestamp), interval '1 week') AS w(week)
         LEFT JOIN idea_vote_day_live d ON d.idea_id = i.id
           AND d.day >= w.week AND d.day < w.week + interval '1 week'
         WHERE i.id = ANY($2::uuid[])
         GROUP BY i.id, i.title, w.week
         ORDER BY w.week`,
        [this.clock.today(), args.ideaIds, args.weeks],
      );
    const series = args.ideaIds.map((ideaId) => {
      const own = rows.filter((row) => row.ideaId === ideaId);
      if (own.length === 0) {
        throw new IdeasException(IdeasExceptionCode.IdeaNotFound, 'There is no such idea.', {
          ideaId,
        });
      }
      return {
        ideaId,
        title: own[0]!.title,
        weeks: own.map(({ weekStart, votes }) => ({ weekStart, votes })),
      };
    });
    return { series };
  }

  async breakdown(args: IdeaVoteBreakdownArgs): Promise<IdeaVoteBreakdown> {
    const filter = args.filter ?? {};
    // The ideas covered: one, or every unmerged idea the filter admits.
    const scope = `SELECT id FROM idea WHERE ($1::uuid IS NOT NULL AND id = $1)
      OR ($1::uuid IS NULL AND merged_into_id IS NULL
          AND ($2::uuid IS NULL OR product_id = $2)
          AND ($3::idea_status[] IS NULL OR status = ANY($3)))`;
    const parameters = [
      args.ideaId ?? null,
      filter.productId ?? null,
      filter.statuses?.length ? filter.statuses : null,
    ];
    if (
      args.ideaId &&
      !(await this.dataSource.query('SELECT 1 FROM idea WHERE id = $1', [args.ideaId])).length
    ) {
      throw new IdeasException(IdeasExceptionCode.IdeaNotFound, 'There is no such idea.');
    }
    const groups = (sql: string): Promise<VoteGroup[]> => this.dataSource.query(sql, parameters);
    // Organisations and products are named by the domains that own them.
    const named = async (
      sql: string,
      owner: (ids: string[]) => Promise<Array<{ id: string; name: string }>>,
    ): Promise<VoteGroup[]> => {
      const rows: Array<Pick<VoteGroup, 'key' | 'votes'>> = await this.dataSource.query(
        sql,
        parameters,
      );
      return labelled(rows, await owner(rows.map((row) => row.key)));
    };
    const [byOrganisation, byPlan, byImportance, byProduct] = await Promise.all([
      // Ties at the 50th place come along, so ordering them by name keeps the same 50.
      named(
        `SELECT organisation_id AS key, sum(votes)::int AS votes
        FROM idea_organisation_tally_live WHERE idea_id IN (${scope})
        GROUP BY organisation_id ORDER BY votes DESC FETCH FIRST 50 ROWS WITH TIES`,
        (ids) => this.organisations.listByIds(ids),
      ).then((top) => top.slice(0, 50)),
      groups(`SELECT plan AS key, plan AS label, sum(votes)::int AS votes FROM idea_vote_tally_live
        WHERE idea_id IN (${scope}) GROUP BY plan ORDER BY votes DESC, plan`),
      groups(`SELECT importance AS key, importance AS label, sum(votes)::int AS votes
        FROM idea_vote_tally_live WHERE idea_id IN (${scope})
        GROUP BY importance ORDER BY votes DESC, importance`),
      named(
        `SELECT i.product_id AS key, sum(c.vote_count)::int AS votes
        FROM idea i JOIN idea_counter_live c ON c.idea_id = i.id
        WHERE i.id IN (${scope}) GROUP BY i.product_id HAVING sum(c.vote_count) > 0`,
        (ids) => this.products.listByIds(ids),
      ),
    ]);
    const totalVotes = byPlan.reduce((sum, group) => sum + group.votes, 0);
    return { totalVotes, byOrganisation, byPlan, byImportance, byProduct };
  }
}

/**
 * Names groups after their owners' records, most votes first and by name among equal votes.
 * `named` comes sorted by name from its owner, in the database's collation.
 */
export function labelled(
  groups: ReadonlyArray<Pick<VoteGroup, 'key' | 'votes'>>,
  named: ReadonlyArray<{ id: string; name: string }>,
): VoteGroup[] {
  const byId = new Map(named.map((record, rank) => [record.id, { name: record.name, rank }]));
  return groups
    .flatMap((group) => {
      const record = byId.get(group.key);
      return record ? [{ ...group, label: record.name, rank: record.rank }] : [];
    })
    .sort((a, b) => b.votes - a.votes || a.rank - b.rank)
    .map(({ key, label, votes }) => ({ key, label, votes }));
}

/** The filter's period as UTC days; either end may be open. */
function period(filter: IdeaInsightFilter): [string | null, string | null] {
  return [filter.from ? utcDay(filter.from) : null, filter.to ? utcDay(filter.to) : null];
}

/** CSV with a header row; every value quoted where needed, formulas neutralised. */
export function toCsv(header: string[], rows: Array<Array<string | number>>): string {
  return stringify([header, ...rows.map((row) => row.map(neutralise))]);
}

// A cell starting with =, +, - or @ runs as a formula when a spreadsheet opens the file; titles
// come from customers, so they are prefixed with an apostrophe.
function neutralise(value: string | number): string | number {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function insightsCsv(report: IdeaInsightsReport): string {
  return toCsv(
    [
      'idea_id',
      'title',
      'status',
      'product',
      'votes',
      'period_votes',
      'weighted_votes',
      'organisations',
      'votes_last_14_days',
      'votes_previous_14_days',
      'trend',
      'linked_questions',
      'askers',
      'asker_organisations',
    ],
    report.rows.map((r) => [
      r.ideaId,
      r.title,
      r.status,
      r.productName,
      r.votes,
      r.periodVotes,
      r.weightedVotes,
      r.organisations,
      r.votesLast14Days,
      r.votesPrevious14Days,
      r.trend,
      r.linkedQuestions,
      r.askers,
      r.askerOrganisations,
    ]),
  );
}

export function trendCsv(trend: IdeaVoteTrend): string {
  return toCsv(
    ['idea_id', 'title', 'week_start', 'votes'],
    trend.series.flatMap((s) => s.weeks.map((w) => [s.ideaId, s.title, w.weekStart, w.votes])),
  );
}

export function breakdownCsv(breakdown: IdeaVoteBreakdown): string {
  const dimensions = {
    organisation: breakdown.byOrganisation,
    plan: breakdown.byPlan,
    importance: breakdown.byImportance,
    product: breakdown.byProduct,
  };
  return toCsv(
    ['dimension', 'key', 'label', 'votes'],
    Object.entries(dimensions).flatMap(([dimension, groups]) =>
      groups.map((g) => [dimension, g.key, g.label, g.votes]),
    ),
  );
}
