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
import { Role } from '@forum/shared/domain';
import { badgeEvaluationQueue } from './badges/badge.jobs.js';
import { BadgeService } from './badges/badge.service.js';
import { RecomputeService } from './ledger/recompute.service.js';
import { ReputationModule } from './reputation.module.js';

const ask = 'mutation A($input: AskQuestionInput!) { askQuestion(input: $input) { id } }';
const vote = 'mutation V($input: VoteInput!) { vote(input: $input) { score } }';
const deleteAnswer = 'mutation D($input: PostIdInput!) { deleteAnswer(input: $input) }';
const restoreAnswer = 'mutation R($input: PostIdInput!) { restoreAnswer(input: $input) { id } }';
const deleteQuestion = 'mutation D($input: PostIdInput!) { deleteQuestion(input: $input) }';
const restoreQuestion =
  'mutation R($input: PostIdInput!) { restoreQuestion(input: $input) { id } }';

async function ok<T>(promise: Promise<{ data?: T; errors?: unknown }>): Promise<T> {
  const response = await promise;
  if (response.errors || !response.data) throw new Error(JSON.stringify(response.errors));
  return response.data;
}

/** Waits for background jobs (badge awards) to reach a state. */
async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('reputation ledger, badges, privileges and leaderboards', () => {
  let api: TestApp;
  let forum: ForumTestContext;

  /** The badges a person was told about, as `badge/tier`, sorted. */
  async function badgeNotificationsOf(userId: string): Promise<string[]> {
    const rows = await query<{ award: string }>(
      api,
      `SELECT payload->>'badge' || '/' || (payload->>'tier') AS award FROM notification
       WHERE user_id = $1 AND kind = 'badge.awarded' ORDER BY 1`,
      [userId],
    );
    return rows.map((row) => row.award);
  }

  let productId: string;
  let otherProductId: string;
  let moderator: TestSession;

  beforeAll(async () => {
    api = await createTestApp([ReputationModule]);
    forum = createForumTestContext(api);
    productId = await forum.newProduct({ slug: 'billing', name: 'Billing' });
    otherProductId = await forum.newProduct({ slug: 'reports', name: 'Reports' });
    moderator = await forum.newUser({ role: Role.Moderator });
  });

  afterAll(async () => {
    await api?.close();
  });

  /** Every question here has this title, which the reputation history shows. */
  const newQuestion = (author: TestSession, product = productId) =>
    forum.newQuestion({
      author,
      productId: product,
      title: 'Why is the invoice total rounded differently?',
      body: 'The PDF shows 10.01, the dashboard 10.00.',
    });

  function castVote(
    as: TestSession,
    target: 'QUESTION' | 'ANSWER',
    id: string,
    direction: 'UP' | 'DOWN' | 'NONE',
  ) {
    return gql(api, { query: vote, variables: { input: { target, id, direction } }, as });
  }

  async function totals(people: Record<string, TestSession>): Promise<Record<string, number>> {
    const ids = Object.values(people).map((p) => p.person.id);
    const rows = await query<{ id: string; stored: number; ledger: number }>(
      api,
      `SELECT u.id, u.reputation AS stored,
              COALESCE((SELECT sum(delta) FROM reputation_change WHERE user_id = u.id), 0)::int AS ledger
       FROM user_account u WHERE u.id = ANY($1)`,
      [ids],
    );
    const result: Record<string, number> = {};
    for (const [name, session] of Object.entries(people)) {
      const row = rows.find((r) => r.id === session.person.id)!;
      // The stored total always equals the sum of the ledger, in every step.
      expect({ name, total: row.stored }).toEqual({ name, total: row.ledger });
      result[name] = row.stored;
    }
    return result;
  }

  async function badgesOf(userId: string): Promise<string[]> {
    const data = await ok(
      gql<{ userBadges: Array<{ badge: string; tier: string }> }>(api, {
        query: `{ userBadges(userId: "${userId}") { badge tier } }`,
      }),
    );
    return data.userBadges.map((b) => `${b.badge}/${b.tier}`.toLowerCase()).sort();
  }

  const waitForBadges = (userId: string, expected: string[]) =>
    eventually(
      () => badgesOf(userId),
      (badges) => expected.every((badge) => badges.includes(badge)),
    );

  it('replays votes, acceptances, withdrawals, deletions and restorations into exact totals and badges', async () => {
    const asker = await forum.newUser();
    const alice = await forum.newUser();
    const bob = await forum.newUser();
    const carol = await forum.newUser();
    const dave = await forum.newUser();
    const expert = await forum.newUser({ role: Role.Expert });
    const people = { asker, alice, bob, carol, dave, expert };
    const expectTotals = async (expected: Partial<Record<keyof typeof people, number>>) =>
      expect(await totals(people)).toEqual({
        asker: 0,
        alice: 0,
        bob: 0,
        carol: 0,
        dave: 0,
        expert: 0,
        ...expected,
      });

    const questionId = await newQuestion(asker);
    const a1 = await forum.newAnswer({ questionId, author: alice });
    const a2 = await forum.newAnswer({ questionId, author: bob });
    await expectTotals({});

    await forum.vote({ as: carol, target: 'QUESTION', id: questionId, direction: 'UP' });
    await expectTotals({ asker: 5 });
    await forum.vote({ as: carol, target: 'ANSWER', id: a1, direction: 'UP' });
    await forum.vote({ as: dave, target: 'ANSWER', id: a1, direction: 'UP' });
    await expectTotals({ asker: 5, alice: 20 });
    // Staff may downvote at any reputation; the downvote costs the voter a point.
    await forum.vote({ as: expert, target: 'ANSWER', id: a2, direction: 'DOWN' });
    await expectTotals({ asker: 5, alice: 20, bob: -2, expert: -1 });

    await forum.accept({ as: asker, answerId: a1 });
    await expectTotals({ asker: 7, alice: 35, bob: -2, expert: -1 });
    expect(await waitForBadges(alice.person.id, ['solution_author/bronze'])).toEqual([
      'first_answer/bronze',
      'solution_author/bronze',
    ]);

    await forum.vote({ as: dave, target: 'ANSWER', id: a1, direction: 'NONE' });
    await expectTotals({ asker: 7, alice: 25, bob: -2, expert: -1 });

    // The expert verifies the other answer instead: the asker loses what accepting A1 gave.
    await forum.accept({ as: expert, answerId: a2 });
    await expectTotals({ asker: 5, alice: 10, bob: 13, expert: 1 });
    expect(await waitForBadges(bob.person.id, ['verified_by_staff/silver'])).toEqual([
      'first_answer/bronze',
      'solution_author/bronze',
      'verified_by_staff/silver',
    ]);

    await forum.vote({ as: expert, target: 'ANSWER', id: a2, direction: 'NONE' });
    await expectTotals({ asker: 5, alice: 10, bob: 15, expert: 2 });

    await ok(gql(api, { query: deleteAnswer, variables: { input: { id: a1 } }, as: moderator }));
    await expectTotals({ asker: 5, alice: 0, bob: 15, expert: 2 });
    await ok(gql(api, { query: restoreAnswer, variables: { input: { id: a1 } }, as: moderator }));
    await expectTotals({ asker: 5, alice: 10, bob: 15, expert: 2 });

    await forum.vote({ as: expert, target: 'QUESTION', id: questionId, direction: 'DOWN' });
    await forum.vote({ as: carol, target: 'QUESTION', id: questionId, direction: 'NONE' });
    await expectTotals({ asker: -2, alice: 10, bob: 15, expert: 2 });

    // Deleting the question undoes what the question earned, twice over a delete-restore cycle.
    for (let round = 0; round < 2; round++) {
      await ok(
        gql(api, { query: deleteQuestion, variables: { input: { id: questionId } }, as: asker }),
      );
      await expectTotals({ asker: 0, alice: 10, bob: 15, expert: 2 });
      await ok(
        gql(api, {
          query: restoreQuestion,
          variables: { input: { id: questionId } },
          as: moderator,
        }),
      );
      await expectTotals({ asker: -2, alice: 10, bob: 15, expert: 2 });
    }

    // Deleting the accepted answer withdraws the acceptance and the votes; restoring brings the
    // votes back but not the acceptance, which qna does not restore either.
    await ok(gql(api, { query: deleteAnswer, variables: { input: { id: a2 } }, as: bob }));
    await expectTotals({ asker: -2, alice: 10, bob: 0, expert: 0 });

    const history = await ok(
      gql<{
        reputationHistory: {
          totalCount: number;
          edges: Array<{ node: { delta: number; reason: string; action: string } }>;
        };
      }>(api, {
        query: `{ reputationHistory(userId: "${alice.person.id}", first: 100) {
          totalCount edges { node { delta reason action questionTitle } } } }`,
      }),
    );
    expect(history.reputationHistory.edges.map((e) => e.node)).toEqual(
      [
        { delta: 10, reason: 'ANSWER_UPVOTE', action: 'APPLIED' },
        { delta: 10, reason: 'ANSWER_UPVOTE', action: 'APPLIED' },
        { delta: 15, reason: 'ANSWER_ACCEPTED', action: 'APPLIED' },
        { delta: -10, reason: 'ANSWER_UPVOTE', action: 'WITHDRAWN' },
        { delta: -15, reason: 'ANSWER_ACCEPTED', action: 'WITHDRAWN' },
        { delta: -10, reason: 'ANSWER_UPVOTE', action: 'POST_DELETED' },
        { delta: 10, reason: 'ANSWER_UPVOTE', action: 'POST_RESTORED' },
      ]
        .reverse()
        .map((node) => ({
          ...node,
          questionTitle: 'Why is the invoice total rounded differently?',
        })),
    );

    // Badges once earned stay (Solution Author for alice), and nobody got one twice.
    expect(await badgesOf(alice.person.id)).toEqual([
      'first_answer/bronze',
      'solution_author/bronze',
    ]);
    expect(await badgesOf(asker.person.id)).toEqual([]);
    expect(await badgesOf(carol.person.id)).toEqual([]);
  }, 60_000);

  it('awards each badge once per person and tier when two workers evaluate at once', async () => {
    const asker = await forum.newUser();
    const author = await forum.newUser();
    const expert = await forum.newUser({ role: Role.Expert });
    const questionId = await newQuestion(asker);
    const answerId = await forum.newAnswer({ questionId, author });
    const voters = await Promise.all(
      Array.from({ length: 10 }, async () => forum.sessionOf(await forum.newPerson())),
    );
    for (const voter of voters)
      await forum.vote({ as: voter, target: 'ANSWER', id: answerId, direction: 'UP' });
    for (const voter of voters.slice(0, 5))
      await forum.vote({ as: voter, target: 'QUESTION', id: questionId, direction: 'UP' });
    await forum.accept({ as: expert, answerId });

    const expected = [
      'first_answer/bronze',
      'helpful/bronze',
      'solution_author/bronze',
      'verified_by_staff/silver',
    ];
    // The queue's worker gets there by itself.
    expect(await waitForBadges(author.person.id, expected)).toEqual(expected);
    expect(await waitForBadges(asker.person.id, ['good_question/bronze'])).toEqual([
      'good_question/bronze',
    ]);
    const [link] = await query<{ answer_id: string; question_id: string }>(
      api,
      "SELECT answer_id, question_id FROM badge_award WHERE user_id = $1 AND badge = 'solution_author'",
      [author.person.id],
    );
    expect(link).toEqual({ answer_id: answerId, question_id: questionId });

    // Each award told its holder once, in the shared notification list.
    expect(await badgeNotificationsOf(author.person.id)).toEqual(expected);

    // Two evaluations at the same moment: every award is made, and told, by exactly one of them.
    // The queue's own evaluations of the votes above must be over first, or one of them could
    // award again between the clean-up and the two calls.
    const pendingEvaluations = await eventually(
      async () =>
        (
          await query<{ n: number }>(
            api,
            "SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND state IN ('created', 'retry', 'active')",
            [badgeEvaluationQueue],
          )
        )[0]!.n,
      (pending) => pending === 0,
    );
    expect(pendingEvaluations).toBe(0);
    await query(api, 'DELETE FROM badge_award WHERE user_id = $1', [author.person.id]);
    await query(api, 'DELETE FROM notification WHERE user_id = $1', [author.person.id]);
    const badges = api.app.get(BadgeService);
    const [first, second] = await Promise.all([
      badges.evaluate(author.person.id),
      badges.evaluate(author.person.id),
    ]);
    expect(first.length + second.length).toBe(expected.length);
    expect(await badgesOf(author.person.id)).toEqual(expected);
    expect(await badges.evaluate(author.person.id)).toEqual([]);

    // Idea Champion, for the ideas domain: once, however often it is called.
    const ideaId = '0d0e1f20-0000-4000-8000-000000000001';
    const awards = await Promise.all([
      badges.awardIdeaChampion(author.person.id, ideaId),
      badges.awardIdeaChampion(author.person.id, ideaId),
    ]);
    expect(awards.filter(Boolean)).toHaveLength(1);
    expect(await badgesOf(author.person.id)).toContain('idea_champion/silver');

    expect(await badgeNotificationsOf(author.person.id)).toEqual(
      [...expected, 'idea_champion/silver'].sort(),
    );

    // The person reads them in their notification list, linked to what earned them.
    const list = await ok(
      gql<{ notifications: { edges: Array<{ node: { kind: string; payload: object } }> } }>(api, {
        query: `{ notifications(first: 20) { edges { node { kind payload {
          ... on BadgeAwardedPayload { badge tier ideaId }
        } } } } }`,
        as: author,
      }),
    );
    const champion = list.notifications.edges
      .map(({ node }) => node)
      .find(({ payload }) => 'badge' in payload && payload.badge === 'idea_champion');
    expect(champion).toMatchObject({
      kind: 'badge.awarded',
      payload: { badge: 'idea_champion', tier: 'silver', ideaId },
    });
  }, 60_000);

  it('makes an idea author Idea Champion once, when an idea of theirs reaches planned or beyond', async () => {
    const manager = await forum.newUser({ role: Role.ProductManager });
    const propose = (author: TestSession, title: string) =>
      forum.newIdea({ author, productId, title, description: 'Details.' });
    const setStatus = (ideaId: string, status: string) =>
      ok(
        gql(api, {
          query: 'mutation S($input: SetIdeaStatusInput!) { setIdeaStatus(input: $input) { id } }',
          variables: { input: { ideaId, status, message: 'Thanks for the idea.' } },
          as: manager,
        }),
      );
    const champions = async (userId: string) =>
      query<{ idea_id: string }>(
        api,
        "SELECT idea_id FROM badge_award WHERE user_id = $1 AND badge = 'idea_champion'",
        [userId],
      );

    const author = await forum.newUser();
    const first = await propose(author, 'Scheduled exports by e-mail');
    const second = await propose(author, 'Export the ledger as CSV');
    await setStatus(first, 'DECLINED');
    expect(await champions(author.person.id)).toEqual([]);
    await setStatus(first, 'PLANNED');
    expect(await champions(author.person.id)).toEqual([{ idea_id: first }]);
    // Further statuses and further ideas change nothing: one badge, one notification.
    await setStatus(first, 'IN_PROGRESS');
    await setStatus(second, 'SHIPPED');
    expect(await champions(author.person.id)).toEqual([{ idea_id: first }]);
    expect(await badgeNotificationsOf(author.person.id)).toEqual(['idea_champion/silver']);

    // An idea that skipped "planned" counts too.
    const other = await forum.newUser();
    const shipped = await propose(other, 'Dark mode for invoices');
    await setStatus(shipped, 'SHIPPED');
    expect(await champions(other.person.id)).toEqual([{ idea_id: shipped }]);
  });

  it('grants Company Expert with the expert role and takes it away with the role', async () => {
    const admin = await forum.newUser({ role: Role.Admin });
    const person = await forum.newPerson();
    const setRole = 'mutation S($input: SetUserRoleInput!) { setUserRole(input: $input) { role } }';
    await ok(
      gql(api, {
        query: setRole,
        variables: { input: { userId: person.id, role: 'EXPERT' } },
        as: admin,
      }),
    );
    expect(await waitForBadges(person.id, ['company_expert/gold'])).toEqual([
      'company_expert/gold',
    ]);
    await ok(
      gql(api, {
        query: setRole,
        variables: { input: { userId: person.id, role: 'MEMBER' } },
        as: admin,
      }),
    );
    expect(
      await eventually(
        () => badgesOf(person.id),
        (b) => b.length === 0,
      ),
    ).toEqual([]);
  }, 60_000);

  it('keeps Product Specialist for the top community answerers of the last 90 days only', async () => {
    const asker = await forum.newUser();
    const specialist = await forum.newUser();
    const staffAnswerer = await forum.newUser({ role: Role.Expert });
    const voters = await Promise.all(
      Array.from({ length: 3 }, async () => forum.sessionOf(await forum.newPerson())),
    );
    const questionId = await newQuestion(asker, otherProductId);
    const memberAnswer = await forum.newAnswer({ questionId, author: specialist });
    const staffAnswer = await forum.newAnswer({ questionId, author: staffAnswerer });
    for (const voter of voters) {
      await forum.vote({ as: voter, target: 'ANSWER', id: memberAnswer, direction: 'UP' });
      await forum.vote({ as: voter, target: 'ANSWER', id: staffAnswer, direction: 'UP' });
    }
    const badges = api.app.get(BadgeService);
    await badges.refreshProductSpecialists();
    const holders = async () =>
      query<{ user_id: string; product_id: string }>(
        api,
        "SELECT user_id, product_id FROM badge_award WHERE badge = 'product_specialist' AND product_id = $1",
        [otherProductId],
      );
    expect(await holders()).toEqual([
      { user_id: specialist.person.id, product_id: otherProductId },
    ]);
    expect(await badges.refreshProductSpecialists()).toEqual({ awarded: 0, removed: 0 });

    // Ninety days later the points no longer count and the badge goes.
    await query(
      api,
      "UPDATE reputation_change SET created_at = created_at - interval '91 days' WHERE product_id = $1",
      [otherProductId],
    );
    expect(await badges.refreshProductSpecialists()).toEqual({ awarded: 0, removed: 1 });
    expect(await holders()).toEqual([]);
  }, 60_000);

  it('refuses privileges below their reputation with the figure needed', async () => {
    const asker = await forum.newUser();
    const newcomer = await forum.newUser();
    const questionId = await newQuestion(asker);
    const answerId = await forum.newAnswer({ questionId, author: asker });

    const downvote = await castVote(newcomer, 'ANSWER', answerId, 'DOWN');
    expect(downvote.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'INSUFFICIENT_REPUTATION',
      needed: 50,
      privilege: 'downvote',
    });
    const edit = await gql(api, {
      query: 'mutation E($input: EditQuestionInput!) { editQuestion(input: $input) { id } }',
      variables: { input: { id: questionId, body: 'Rewritten by someone else.' } },
      as: newcomer,
    });
    expect(edit.errors?.[0]?.extensions).toMatchObject({
      reason: 'INSUFFICIENT_REPUTATION',
      needed: 1000,
      privilege: 'edit_others_posts',
    });

    // Five upvotes on an answer make 50: now the downvote goes through.
    const ownQuestion = await newQuestion(asker);
    const earning = await forum.newAnswer({ questionId: ownQuestion, author: newcomer });
    for (let i = 0; i < 5; i++)
      await forum.vote({
        as: await forum.sessionOf(await forum.newPerson()),
        target: 'ANSWER',
        id: earning,
        direction: 'UP',
      });
    const again = await castVote(
      await forum.sessionOf(newcomer.person),
      'ANSWER',
      answerId,
      'DOWN',
    );
    expect(again.errors).toBeUndefined();
    expect(await totals({ newcomer })).toEqual({ newcomer: 49 });

    // New members ask three questions a day.
    const fresh = await forum.newUser();
    for (let i = 0; i < 3; i++) await newQuestion(fresh);
    const fourth = await gql(api, {
      query: ask,
      variables: {
        input: { title: 'One question too many for today', body: 'Body.', productId },
      },
      as: fresh,
    });
    expect(fourth.errors?.[0]?.extensions).toMatchObject({
      reason: 'INSUFFICIENT_REPUTATION',
      needed: 15,
      privilege: 'post_freely',
      limit: 3,
    });
    expect(
      await query(api, 'SELECT 1 FROM question WHERE author_id = $1', [fresh.person.id]),
    ).toHaveLength(3);
  }, 60_000);

  it('shows reputation, badges and activity on the profile and ranks leaderboards', async () => {
    const asker = await forum.newUser();
    const helper = await forum.newUser();
    const voter = await forum.newUser();
    const questionId = await newQuestion(asker, otherProductId);
    const answerId = await forum.newAnswer({ questionId, author: helper });
    await forum.vote({ as: voter, target: 'ANSWER', id: answerId, direction: 'UP' });
    await forum.accept({ as: asker, answerId });
    await waitForBadges(helper.person.id, ['solution_author/bronze']);

    const profile = await ok(
      gql<{ user: Record<string, unknown> }>(api, {
        query: `{ user(id: "${helper.person.id}") { reputation
          badges { badge tier name { en de } answerId }
          activity { questionCount answerCount acceptedCount products { id name posts } } } }`,
      }),
    );
    expect(profile.user).toEqual({
      reputation: 25,
      badges: expect.arrayContaining([
        {
          badge: 'SOLUTION_AUTHOR',
          tier: 'BRONZE',
          name: { en: 'Solution Author', de: 'Lösungsautor' },
          answerId,
        },
      ]),
      activity: {
        questionCount: 0,
        answerCount: 1,
        acceptedCount: 1,
        products: [{ id: otherProductId, name: 'Reports', posts: 1 }],
      },
    });

    const board = async (period: string, product: string | null) =>
      (
        await ok(
          gql<{ leaderboard: Array<{ rank: number; points: number; user: { id: string } }> }>(api, {
            query: `query L($product: ID, $period: LeaderboardPeriod!) {
                leaderboard(productId: $product, period: $period, first: 100) { rank points user { id } } }`,
            variables: { product, period },
          }),
        )
      ).leaderboard;
    for (const period of ['WEEK', 'MONTH', 'ALL_TIME']) {
      const entries = await board(period, otherProductId);
      const mine = entries.find((e) => e.user.id === helper.person.id);
      expect(mine?.points).toBe(25);
      expect(entries.map((e) => e.rank)).toEqual(entries.map((_, i) => i + 1));
      expect(entries.map((e) => e.points)).toEqual(
        [...entries.map((e) => e.points)].sort((a, b) => b - a),
      );
    }
    const overall = await board('ALL_TIME', null);
    expect(overall.find((e) => e.user.id === helper.person.id)?.points).toBe(25);
    // An old change drops out of the weekly board but not the all-time one.
    await query(
      api,
      "UPDATE reputation_change SET created_at = now() - interval '10 days' WHERE user_id = $1",
      [helper.person.id],
    );
    expect((await board('WEEK', null)).some((e) => e.user.id === helper.person.id)).toBe(false);
    expect((await board('MONTH', null)).find((e) => e.user.id === helper.person.id)?.points).toBe(
      25,
    );
  }, 60_000);

  it('recompute leaves consistent totals alone and repairs corrupted ones', async () => {
    const recompute = api.app.get(RecomputeService);
    expect((await recompute.recompute()).repaired).toEqual([]);
    const [earner] = await query<{ user_id: string; total: number }>(
      api,
      'SELECT user_id, sum(delta)::int AS total FROM reputation_change GROUP BY user_id HAVING sum(delta) > 0 LIMIT 1',
    );
    const bystander = await forum.newPerson();
    await query(api, 'UPDATE user_account SET reputation = reputation + 7 WHERE id = $1', [
      earner!.user_id,
    ]);
    await query(api, 'UPDATE user_account SET reputation = 99 WHERE id = $1', [bystander.id]);
    const report = await recompute.recompute();
    expect(report.repaired).toEqual(
      expect.arrayContaining([
        { userId: earner!.user_id, stored: earner!.total + 7, actual: earner!.total },
        { userId: bystander.id, stored: 99, actual: 0 },
      ]),
    );
    expect(report.repaired).toHaveLength(2);
    const wrong = await query(
      api,
      `SELECT u.id FROM user_account u
       WHERE u.reputation <> COALESCE((SELECT sum(delta) FROM reputation_change WHERE user_id = u.id), 0)`,
    );
    expect(wrong).toEqual([]);
    expect((await recompute.recompute()).repaired).toEqual([]);
  });
});
