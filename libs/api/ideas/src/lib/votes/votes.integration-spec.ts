import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  createForumTestContext,
  createTestApp,
  type ForumTestContext,
  gql,
  query,
  type TestApp,
  type TestSession,
} from '@forum/api/testing';
import { Role, type VoteImportance } from '@forum/shared/domain';
import { DataSource } from 'typeorm';
import { IdeasClock } from '../ideas.clock.js';
import { IdeasModule } from '../ideas.module.js';
import { expectCountersToMatchVotes, viewerOf } from '../ideas.test-helpers.js';
import { IdeaMergeService } from '../ideas/merge.service.js';
import { IdeaVoteService } from './vote.service.js';
import { foldVoteDeltas } from './vote-counters.js';
import { VoteFolder } from './vote-folder.js';

const voteMutation = `mutation V($input: VoteForIdeaInput!) { voteForIdea(input: $input) { id voteCount viewerVote { importance reason } } }`;

describe('idea votes', () => {
  let api: TestApp;
  let forum: ForumTestContext;
  let votes: IdeaVoteService;
  let merges: IdeaMergeService;
  let author: TestSession;

  beforeAll(async () => {
    api = await createTestApp([IdeasModule]);
    votes = api.app.get(IdeaVoteService);
    merges = api.app.get(IdeaMergeService);
    forum = createForumTestContext(api);
    author = await forum.newUser();
  });

  afterAll(async () => {
    await api?.close();
  });

  /** The count as every reader sees it: folded, plus the changes not folded yet. */
  const voteCount = async (ideaId: string) =>
    (
      await query<{ vote_count: number }>(
        api,
        'SELECT vote_count FROM idea_counter_live WHERE idea_id = $1',
        [ideaId],
      )
    )[0]!.vote_count;

  it('counts 1,000 concurrent votes by distinct people as exactly 1,000', async () => {
    const ideaId = await forum.newIdea({ author });
    const organisation = await forum.newOrganisation({ plan: 'enterprise' });
    const people = [
      ...(await forum.newPeople(600, { organisationId: organisation })),
      ...(await forum.newPeople(400)),
    ];
    const viewers = await Promise.all(people.map((id) => viewerOf(api, id)));
    await Promise.all(viewers.map((viewer) => votes.vote(viewer, ideaId, {})));

    expect(await voteCount(ideaId)).toBe(1000);
    const [rows] = await query<{ votes: number; organisations: number }>(
      api,
      'SELECT count(*)::int AS votes, (SELECT organisation_count FROM idea_counter_live WHERE idea_id = $1) AS organisations FROM idea_vote WHERE idea_id = $1',
      [ideaId],
    );
    expect(rows).toEqual({ votes: 1000, organisations: 1 });
    await expectCountersToMatchVotes(api);
    // Once the background folds have run, every delta is in the stored counters.
    await api.app.get(VoteFolder).settled();
    expect(
      await query(
        api,
        'SELECT vote_count, organisation_count, (SELECT count(*)::int FROM idea_vote_delta WHERE idea_id = $1) AS waiting FROM idea WHERE id = $1',
        [ideaId],
      ),
    ).toEqual([{ vote_count: 1000, organisation_count: 1, waiting: 0 }]);
  }, 120_000);

  it('lets two people vote on one idea in transactions open at the same time', async () => {
    const ideaId = await forum.newIdea({ author });
    const [first, second] = await Promise.all(
      (await forum.newPeople(2)).map((id) => viewerOf(api, id)),
    );
    const dataSource = api.app.get(DataSource);
    const [one, two] = [dataSource.createQueryRunner(), dataSource.createQueryRunner()];
    try {
      await one.startTransaction();
      await votes.castIn(one.manager, first!, ideaId, {});
      // The first vote is written and not committed; were the second to wait for any of its
      // locks, it would fail after one second instead of passing.
      await two.startTransaction();
      await two.query("SET LOCAL lock_timeout = '1s'");
      const seenBySecond = await votes.castIn(two.manager, second!, ideaId, {});
      expect(seenBySecond.liveVoteCount).toBe(1);
      await two.commitTransaction();
      await one.commitTransaction();
    } finally {
      for (const runner of [one, two]) {
        if (runner.isTransactionActive) await runner.rollbackTransaction();
        await runner.release();
      }
    }
    expect(await voteCount(ideaId)).toBe(2);
    await foldVoteDeltas(dataSource, ideaId);
    expect(
      await query(
        api,
        'SELECT vote_count, (SELECT count(*)::int FROM idea_vote_delta WHERE idea_id = $1) AS waiting FROM idea WHERE id = $1',
        [ideaId],
      ),
    ).toEqual([{ vote_count: 2, waiting: 0 }]);
    await expectCountersToMatchVotes(api);
  });

  it('shows counters equal to a recount to every reader while 200 votes run at once', async () => {
    const ideaId = await forum.newIdea({ author });
    const organisations = await Promise.all(
      (['free', 'pro', 'enterprise'] as const).map((plan) => forum.newOrganisation({ plan })),
    );
    const people = (
      await Promise.all(
        organisations.map((organisationId) => forum.newPeople(50, { organisationId })),
      )
    ).flat();
    people.push(...(await forum.newPeople(50)));
    const viewers = await Promise.all(people.map((id) => viewerOf(api, id)));
    const importances = [null, 'nice_to_have', 'important', 'critical'] as const;
    // One statement, one snapshot: what readers see, against a recount from the vote rows.
    const compare = `SELECT
        (SELECT vote_count FROM idea_counter_live WHERE idea_id = $1) AS "voteCount",
        (SELECT organisation_count FROM idea_counter_live WHERE idea_id = $1) AS "organisationCount",
        (SELECT coalesce(sum(votes), 0)::int FROM idea_vote_day_live WHERE idea_id = $1) AS "dayVotes",
        (SELECT coalesce(sum(votes), 0)::int FROM idea_vote_tally_live WHERE idea_id = $1) AS "tallyVotes",
        (SELECT count(*)::int FROM idea_vote WHERE idea_id = $1) AS "recountVotes",
        (SELECT count(DISTINCT organisation_id)::int FROM idea_vote WHERE idea_id = $1) AS "recountOrganisations"`;
    let voting = true;
    const observed: Array<Record<string, number>> = [];
    const reader = (async () => {
      while (voting)
        observed.push((await query<Record<string, number>>(api, compare, [ideaId]))[0]!);
    })();
    await Promise.all(
      viewers.map(async (viewer, i) => {
        await votes.vote(viewer, ideaId, {
          importance: importances[i % 4] as VoteImportance | null,
        });
        // Every fifth voter takes the vote back again, while others are still voting.
        if (i % 5 === 0) await votes.withdraw(viewer, ideaId);
      }),
    );
    voting = false;
    await reader;

    expect(observed.length).toBeGreaterThan(0);
    for (const seen of observed) {
      expect(seen).toEqual({
        ...seen,
        voteCount: seen['recountVotes'],
        organisationCount: seen['recountOrganisations'],
        dayVotes: seen['recountVotes'],
        tallyVotes: seen['recountVotes'],
      });
    }
    expect(await voteCount(ideaId)).toBe(160);
    await expectCountersToMatchVotes(api);
  }, 120_000);

  it('keeps one vote when the same person votes twice at once', async () => {
    const ideaId = await forum.newIdea({ author });
    const voter = await forum.newUser();
    const responses = await Promise.all(
      (['important', 'critical'] as const).map((importance) =>
        gql(api, {
          query: voteMutation,
          variables: { input: { ideaId, importance: importance.toUpperCase() } },
          as: voter,
        }),
      ),
    );
    expect(responses.map((r) => r.errors)).toEqual([undefined, undefined]);
    expect(await voteCount(ideaId)).toBe(1);
    expect(
      await query(api, 'SELECT count(*)::int AS n FROM idea_vote WHERE idea_id = $1', [ideaId]),
    ).toEqual([{ n: 1 }]);
    await expectCountersToMatchVotes(api);
  });

  it('withdraws a vote, and withdrawing again changes nothing', async () => {
    const ideaId = await forum.newIdea({ author });
    const voter = await forum.newUser();
    const voted = await gql<{ voteForIdea: { voteCount: number; viewerVote: unknown } }>(api, {
      query: voteMutation,
      variables: { input: { ideaId, importance: 'CRITICAL', reason: '  We need it for audits. ' } },
      as: voter,
    });
    expect(voted.data?.voteForIdea).toMatchObject({
      voteCount: 1,
      viewerVote: { importance: 'CRITICAL', reason: 'We need it for audits.' },
    });
    const withdraw = `mutation W($input: IdeaIdInput!) { withdrawIdeaVote(input: $input) { voteCount viewerVote { importance } } }`;
    for (let i = 0; i < 2; i++) {
      const response = await gql<{ withdrawIdeaVote: unknown }>(api, {
        query: withdraw,
        variables: { input: { ideaId } },
        as: voter,
      });
      expect(response.data?.withdrawIdeaVote).toEqual({ voteCount: 0, viewerVote: null });
    }
    await expectCountersToMatchVotes(api);
  });

  it('refuses an over-long reason and a vote signed out, and changes nothing', async () => {
    const ideaId = await forum.newIdea({ author });
    const voter = await forum.newUser();
    const long = await gql(api, {
      query: voteMutation,
      variables: { input: { ideaId, reason: 'x'.repeat(281) } },
      as: voter,
    });
    expect(long.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const anonymous = await gql(api, { query: voteMutation, variables: { input: { ideaId } } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await voteCount(ideaId)).toBe(0);
  });

  it('records votes for organisations, attributed to the organisation and the staff member', async () => {
    const ideaId = await forum.newIdea({ author });
    const organisationId = await forum.newOrganisation({ plan: 'pro', name: 'Recorded Org GmbH' });
    const expert = await forum.newUser({ role: Role.Expert, displayName: 'Ella Expert' });
    const member = await forum.newUser();
    const record = `mutation R($input: RecordOrganisationVoteInput!) { recordOrganisationVote(input: $input) { voteCount organisationCount } }`;
    const input = { ideaId, organisationId, importance: 'IMPORTANT', reason: 'Heard on a call.' };
    expect(
      (await gql(api, { query: record, variables: { input }, as: member })).errors?.[0]?.extensions
        ?.code,
    ).toBe('FORBIDDEN');
    for (let i = 0; i < 2; i++) {
      const response = await gql<{ recordOrganisationVote: unknown }>(api, {
        query: record,
        variables: { input },
        as: expert,
      });
      expect(response.data?.recordOrganisationVote).toEqual({ voteCount: 1, organisationCount: 1 });
    }
    const pm = await forum.newUser({ role: Role.ProductManager });
    const listed = await gql<{ idea: { votes: unknown[] } }>(api, {
      query: `query I($id: ID!) { idea(id: $id) { votes { isRecordedForOrganisation plan importance reason voter { id } recordedBy { displayName } organisation { name } } } }`,
      variables: { id: ideaId },
      as: pm,
    });
    expect(listed.data?.idea.votes).toEqual([
      {
        isRecordedForOrganisation: true,
        plan: 'pro',
        importance: 'IMPORTANT',
        reason: 'Heard on a call.',
        voter: null,
        recordedBy: { displayName: 'Ella Expert' },
        organisation: { name: 'Recorded Org GmbH' },
      },
    ]);
    const hidden = await gql(api, {
      query: `query I($id: ID!) { idea(id: $id) { voteCount votes { reason } } }`,
      variables: { id: ideaId },
      as: member,
    });
    expect(hidden.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'STAFF_ONLY',
    });
    await expectCountersToMatchVotes(api);
  });

  it('merges ideas with overlapping voters into the right distinct count', async () => {
    const pm = await viewerOf(api, (await forum.newPerson({ role: Role.ProductManager })).id);
    const source = await forum.newIdea({ author, title: 'Export reports as CSV please' });
    const target = await forum.newIdea({ author, title: 'CSV export for all reports' });
    const organisation = await forum.newOrganisation({ plan: 'free' });
    const both = await forum.newPeople(3, { organisationId: organisation });
    const onlySource = await forum.newPeople(2);
    const onlyTarget = await forum.newPeople(4);
    for (const id of [...both, ...onlySource])
      await votes.vote(await viewerOf(api, id), source, { importance: 'critical' });
    for (const id of [...both, ...onlyTarget])
      await votes.vote(await viewerOf(api, id), target, { importance: 'important' });
    const orgA = await forum.newOrganisation({ plan: 'pro' });
    await votes.recordForOrganisation(pm, source, orgA, {});
    await votes.recordForOrganisation(pm, target, orgA, {});

    const merged = await merges.merge(pm, source, target);

    // 3 + 2 + 4 people, and one recorded vote for orgA.
    expect(merged.liveVoteCount).toBe(10);
    expect(merged.liveOrganisationCount).toBe(2);
    expect(await voteCount(source)).toBe(0);
    const redirect = await gql<{
      idea: { id: string; mergedInto: { id: string; voteCount: number } };
    }>(api, {
      query: `query I($id: ID!) { idea(id: $id) { id mergedInto { id voteCount } } }`,
      variables: { id: source },
    });
    expect(redirect.data?.idea).toEqual({ id: source, mergedInto: { id: target, voteCount: 10 } });
    const again = votes.vote(await viewerOf(api, onlySource[0]!), source, {});
    await expect(again).rejects.toMatchObject({ reason: 'IDEA_MERGED' });
    await expectCountersToMatchVotes(api);
  });

  it('keeps counters equal to a recount through random votes, withdrawals, records and merges', async () => {
    const clock = api.app.get(IdeasClock);
    const originalNow = clock.now;
    const pm = await viewerOf(api, (await forum.newPerson({ role: Role.ProductManager })).id);
    const organisations = [
      await forum.newOrganisation({ plan: 'free' }),
      await forum.newOrganisation({ plan: 'pro' }),
      await forum.newOrganisation({ plan: 'enterprise' }),
    ];
    const people = [
      ...(await forum.newPeople(10, { organisationId: organisations[0]! })),
      ...(await forum.newPeople(10, { organisationId: organisations[1]! })),
      ...(await forum.newPeople(10, { organisationId: organisations[2]! })),
      ...(await forum.newPeople(10)),
    ];
    const viewers = await Promise.all(people.map((id) => viewerOf(api, id)));
    let ideas = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        forum.newIdea({ author, title: `Random idea number ${i}` }),
      ),
    );
    // A fixed seed: a failure can be replayed.
    let seed = 20_260_101;
    const random = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % n;
    };
    const importances: Array<VoteImportance | null> = [
      null,
      'nice_to_have',
      'important',
      'critical',
    ];
    try {
      for (let step = 0; step < 400; step++) {
        clock.now = () => new Date(Date.UTC(2026, 0, 1) + random(120) * 86_400_000);
        const idea = ideas[random(ideas.length)]!;
        const viewer = viewers[random(viewers.length)]!;
        const action = random(10);
        if (action < 5) {
          await votes.vote(viewer, idea, { importance: importances[random(4)] });
        } else if (action < 8) {
          await votes.withdraw(viewer, idea);
        } else if (action < 9) {
          await votes.recordForOrganisation(pm, idea, organisations[random(3)]!, {});
        } else if (ideas.length > 2 && step % 40 === 9) {
          const [source, target] = [ideas[0]!, ideas[1]!];
          await merges.merge(pm, source, target);
          ideas = ideas.filter((id) => id !== source);
        } else {
          await votes
            .removeForOrganisation(pm, idea, organisations[random(3)]!)
            .catch(() => undefined);
        }
      }
    } finally {
      clock.now = originalNow;
    }
    await expectCountersToMatchVotes(api);
  }, 60_000);
});
