import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  createForumTestContext,
  createTestApp,
  type ForumTestContext,
  gql,
  type TestApp,
  type TestPerson,
  type TestSession,
} from '@forum/api/testing';
import { Role, type VoteImportance } from '@forum/shared/domain';
import { EvidenceService } from '../evidence/evidence.service.js';
import { IdeasClock } from '../ideas.clock.js';
import { IdeasModule } from '../ideas.module.js';
import { expectCountersToMatchVotes, viewerOf } from '../ideas.test-helpers.js';
import { IdeaStatusService } from '../status/status.service.js';
import { IdeaVoteService } from '../votes/vote.service.js';

/**
 * A small history whose figures are worked out by hand below. "Today" is Friday 2026-03-20;
 * the last 14 days are 03-07 to 03-20, the 14 before 02-21 to 03-06; weeks start on Monday.
 * Plan weights are the defaults: free 1, pro 2, enterprise 4, no organisation 1.
 *
 * idea 1 (product A): e1 03-19 critical, e2 03-10 important, p1 03-01 critical, n1 02-10,
 *   and a vote recorded for Gamma (free) 03-18 important.
 * idea 2 (product B): f1 03-05 nice to have, p1 02-25, p2 02-24; n2 voted 03-15 and withdrew.
 * idea 3 (product A, planned): n1 and n2 on 03-20; questions by e1 and p1 linked.
 */
describe('idea insights', () => {
  let api: TestApp;
  let forum: ForumTestContext;
  let pm: TestSession;
  let ideas: [string, string, string];
  let productA: string;

  const at = (day: string) => () => new Date(`${day}T09:30:00Z`);

  beforeAll(async () => {
    api = await createTestApp([IdeasModule]);
    forum = createForumTestContext(api);
    const clock = api.app.get(IdeasClock);
    const votes = api.app.get(IdeaVoteService);
    pm = await forum.newUser({ role: Role.ProductManager });
    const pmViewer = await viewerOf(api, pm.person.id);
    const alpha = await forum.newOrganisation({ plan: 'enterprise', name: 'Alpha Enterprise' });
    const beta = await forum.newOrganisation({ plan: 'pro', name: 'Beta Pro' });
    const gamma = await forum.newOrganisation({ plan: 'free', name: 'Gamma Free' });
    const person = (organisationId: string | null) => forum.newPerson({ organisationId });
    const [e1, e2, p1, p2, f1, n1, n2] = [
      await person(alpha),
      await person(alpha),
      await person(beta),
      await person(beta),
      await person(gamma),
      await person(null),
      await person(null),
    ];
    productA = await forum.newProduct({ slug: 'product-a' });
    const productB = await forum.newProduct({ slug: 'product-b' });
    const author = await forum.newUser();
    ideas = [
      await forum.newIdea({ author, productId: productA, title: 'Keep number formats in exports' }),
      await forum.newIdea({ author, productId: productB, title: '=HYPERLINK cells in exports' }),
      await forum.newIdea({ author, productId: productA, title: 'Dark mode for dashboards' }),
    ];
    const cast = async (
      voter: TestPerson,
      idea: string,
      day: string,
      importance: VoteImportance | null = null,
    ) => {
      clock.now = at(day);
      await votes.vote(await viewerOf(api, voter.id), idea, { importance });
    };
    await cast(e1!, ideas[0], '2026-03-19', 'critical');
    await cast(e2!, ideas[0], '2026-03-10', 'important');
    await cast(p1!, ideas[0], '2026-03-01', 'critical');
    await cast(n1!, ideas[0], '2026-02-10');
    clock.now = at('2026-03-18');
    await votes.recordForOrganisation(pmViewer, ideas[0], gamma, { importance: 'important' });
    await cast(f1!, ideas[1], '2026-03-05', 'nice_to_have');
    await cast(p1!, ideas[1], '2026-02-25');
    await cast(p2!, ideas[1], '2026-02-24');
    await cast(n2!, ideas[1], '2026-03-15');
    await votes.withdraw(await viewerOf(api, n2!.id), ideas[1]);
    await cast(n1!, ideas[2], '2026-03-20');
    await cast(n2!, ideas[2], '2026-03-20');
    await api.app.get(IdeaStatusService).setStatus(pmViewer, ideas[2], 'planned', 'Planned.');
    for (const asker of [e1!, p1!]) {
      const questionId = await forum.newQuestion({
        author: await forum.sessionOf(asker),
        productId: productA,
        title: 'Is there a dark mode?',
        body: 'Body',
      });
      await api.app.get(EvidenceService).link(pmViewer, ideas[2], questionId);
    }
    clock.now = () => new Date('2026-03-20T12:00:00Z');
  });

  afterAll(async () => {
    await api?.close();
  });

  const insightsQuery = `query I($filter: IdeaInsightFilter, $orderBy: IdeaInsightOrder) {
    ideaInsights(filter: $filter, orderBy: $orderBy) {
      today planWeights { plan weight } csv
      rows { ideaId votes periodVotes weightedVotes organisations votesLast14Days votesPrevious14Days trend linkedQuestions askers askerOrganisations }
    } }`;

  async function insights(variables: Record<string, unknown>, as: TestSession = pm) {
    const response = await gql<{
      ideaInsights: {
        today: string;
        csv: string;
        planWeights: unknown;
        rows: Array<Record<string, number | string> & { ideaId: string }>;
      };
    }>(api, { query: insightsQuery, variables, as });
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.ideaInsights;
  }

  it('keeps the counters equal to a recount of this history', async () => {
    await expectCountersToMatchVotes(api);
  });

  it('computes every figure of every idea', async () => {
    const report = await insights({});
    expect(report.today).toBe('2026-03-20');
    expect(report.planWeights).toEqual([
      { plan: 'free', weight: 1 },
      { plan: 'pro', weight: 2 },
      { plan: 'enterprise', weight: 4 },
      { plan: 'none', weight: 1 },
    ]);
    expect(report.rows).toEqual([
      {
        ideaId: ideas[0],
        votes: 5,
        periodVotes: 5,
        weightedVotes: 12,
        organisations: 3,
        votesLast14Days: 3,
        votesPrevious14Days: 1,
        trend: 2,
        linkedQuestions: 0,
        askers: 0,
        askerOrganisations: 0,
      },
      {
        ideaId: ideas[1],
        votes: 3,
        periodVotes: 3,
        weightedVotes: 5,
        organisations: 2,
        votesLast14Days: 0,
        votesPrevious14Days: 3,
        trend: -3,
        linkedQuestions: 0,
        askers: 0,
        askerOrganisations: 0,
      },
      {
        ideaId: ideas[2],
        votes: 2,
        periodVotes: 2,
        weightedVotes: 2,
        organisations: 0,
        votesLast14Days: 2,
        votesPrevious14Days: 0,
        trend: 2,
        linkedQuestions: 2,
        askers: 2,
        askerOrganisations: 2,
      },
    ]);
  });

  it('ranks by each measure and filters by product, status and period', async () => {
    const order = async (variables: Record<string, unknown>) =>
      (await insights(variables)).rows.map((row) => ideas.indexOf(row.ideaId) + 1);
    expect(await order({ orderBy: 'WEIGHTED_VOTES' })).toEqual([1, 2, 3]);
    expect(await order({ orderBy: 'ORGANISATIONS' })).toEqual([1, 2, 3]);
    expect(await order({ orderBy: 'TRENDING' })).toEqual([1, 3, 2]);
    expect(await order({ orderBy: 'DEMAND' })).toEqual([3, 1, 2]);
    expect(await order({ filter: { productId: productA } })).toEqual([1, 3]);
    expect(await order({ filter: { statuses: ['PLANNED'] } })).toEqual([3]);
    const period = await insights({
      filter: { from: '2026-03-01T00:00:00Z', to: '2026-03-10T23:00:00Z' },
    });
    expect(period.rows.map((row) => [ideas.indexOf(row.ideaId) + 1, row.periodVotes])).toEqual([
      [1, 2],
      [2, 1],
      [3, 0],
    ]);
  });

  it('counts votes per week for the last weeks', async () => {
    const response = await gql<{
      ideaVoteTrend: {
        series: Array<{ ideaId: string; weeks: Array<{ weekStart: string; votes: number }> }>;
        csv: string;
      };
    }>(api, {
      query: `query T($ids: [ID!]!, $weeks: Int) { ideaVoteTrend(ideaIds: $ids, weeks: $weeks) { csv series { ideaId weeks { weekStart votes } } } }`,
      variables: { ids: [ideas[0], ideas[1]], weeks: 4 },
      as: pm,
    });
    expect(response.data?.ideaVoteTrend.series).toEqual([
      {
        ideaId: ideas[0],
        weeks: [
          { weekStart: '2026-02-23', votes: 1 },
          { weekStart: '2026-03-02', votes: 0 },
          { weekStart: '2026-03-09', votes: 1 },
          { weekStart: '2026-03-16', votes: 2 },
        ],
      },
      {
        ideaId: ideas[1],
        weeks: [
          { weekStart: '2026-02-23', votes: 2 },
          { weekStart: '2026-03-02', votes: 1 },
          { weekStart: '2026-03-09', votes: 0 },
          { weekStart: '2026-03-16', votes: 0 },
        ],
      },
    ]);
    expect(response.data?.ideaVoteTrend.csv.split('\n').slice(0, 2)).toEqual([
      'idea_id,title,week_start,votes',
      `${ideas[0]},Keep number formats in exports,2026-02-23,1`,
    ]);
    const full = await gql<{
      ideaVoteTrend: { series: Array<{ weeks: Array<{ weekStart: string; votes: number }> }> };
    }>(api, {
      query: `query T($ids: [ID!]!) { ideaVoteTrend(ideaIds: $ids) { series { weeks { weekStart votes } } } }`,
      variables: { ids: [ideas[0]] },
      as: pm,
    });
    const weeks = full.data!.ideaVoteTrend.series[0]!.weeks;
    expect(weeks).toHaveLength(26);
    expect(weeks.at(-1)?.weekStart).toBe('2026-03-16');
    expect(weeks.reduce((sum, week) => sum + week.votes, 0)).toBe(5);
  });

  it('breaks votes down by organisation, plan, importance and product', async () => {
    const breakdown = `query B($ideaId: ID) { ideaVoteBreakdown(ideaId: $ideaId) {
      totalVotes csv
      byOrganisation { label votes } byPlan { key votes } byImportance { key votes } byProduct { label votes } } }`;
    const one = await gql<{ ideaVoteBreakdown: Record<string, unknown> }>(api, {
      query: breakdown,
      variables: { ideaId: ideas[0] },
      as: pm,
    });
    expect(one.data?.ideaVoteBreakdown).toMatchObject({
      totalVotes: 5,
      byOrganisation: [
        { label: 'Alpha Enterprise', votes: 2 },
        { label: 'Beta Pro', votes: 1 },
        { label: 'Gamma Free', votes: 1 },
      ],
      byPlan: [
        { key: 'enterprise', votes: 2 },
        { key: 'free', votes: 1 },
        { key: 'none', votes: 1 },
        { key: 'pro', votes: 1 },
      ],
      byImportance: [
        { key: 'critical', votes: 2 },
        { key: 'important', votes: 2 },
        { key: 'unspecified', votes: 1 },
      ],
      byProduct: [{ label: 'Product product-a', votes: 5 }],
    });
    const all = await gql<{ ideaVoteBreakdown: Record<string, unknown> & { csv: string } }>(api, {
      query: breakdown,
      variables: {},
      as: pm,
    });
    expect(all.data?.ideaVoteBreakdown).toMatchObject({
      totalVotes: 10,
      byOrganisation: [
        { label: 'Beta Pro', votes: 3 },
        { label: 'Alpha Enterprise', votes: 2 },
        { label: 'Gamma Free', votes: 2 },
      ],
      byPlan: [
        { key: 'none', votes: 3 },
        { key: 'pro', votes: 3 },
        { key: 'enterprise', votes: 2 },
        { key: 'free', votes: 2 },
      ],
      byImportance: [
        { key: 'unspecified', votes: 5 },
        { key: 'critical', votes: 2 },
        { key: 'important', votes: 2 },
        { key: 'nice_to_have', votes: 1 },
      ],
      byProduct: [
        { label: 'Product product-a', votes: 7 },
        { label: 'Product product-b', votes: 3 },
      ],
    });
    expect(all.data?.ideaVoteBreakdown.csv).toContain('dimension,key,label,votes\norganisation,');
    expect(all.data?.ideaVoteBreakdown.csv).toContain('\nplan,none,none,3\n');
  });

  it('exports the ranking as CSV with customer text defused for spreadsheets', async () => {
    const { csv } = await insights({ orderBy: 'VOTES' });
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe(
      'idea_id,title,status,product,votes,period_votes,weighted_votes,organisations,votes_last_14_days,votes_previous_14_days,trend,linked_questions,askers,asker_organisations',
    );
    expect(lines[1]).toBe(
      `${ideas[0]},Keep number formats in exports,under_review,Product product-a,5,5,12,3,3,1,2,0,0,0`,
    );
    expect(lines[2]).toBe(
      `${ideas[1]},'=HYPERLINK cells in exports,under_review,Product product-b,3,3,5,2,0,3,-3,0,0,0`,
    );
  });

  it('refuses members and experts with a typed FORBIDDEN error, and lets admins in', async () => {
    const queries = [
      '{ ideaInsights { rows { ideaId } } }',
      `{ ideaVoteTrend(ideaIds: ["${ideas[0]}"]) { series { ideaId } } }`,
      '{ ideaVoteBreakdown { totalVotes } }',
    ];
    for (const role of [Role.Member, Role.Expert]) {
      const session = await forum.newUser({ role });
      for (const text of queries) {
        const response = await gql(api, { query: text, as: session });
        expect(response.data ?? null).toBeNull();
        expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
    }
    const visitor = await gql(api, { query: queries[0]! });
    expect(visitor.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const admin = await forum.newUser({ role: Role.Admin });
    for (const text of queries) {
      expect((await gql(api, { query: text, as: admin })).errors).toBeUndefined();
    }
  });
});
