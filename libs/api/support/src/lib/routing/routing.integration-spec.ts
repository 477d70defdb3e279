import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Clock } from '@forum/api/platform';
import { SearchClient } from '@forum/api/search';
import {
  createForumTestContext,
  createTestApp,
  type ForumTestContext,
  gqlData,
  type TestApp,
  type TestSession,
} from '@forum/api/testing';
import { Role } from '@forum/shared/domain';
import type { DataSource } from 'typeorm';
import { SupportModule } from '../support.module.js';
import { RoutingService } from './routing.service.js';
import { routingReasonFor } from './routing-suggestions.js';

const minute = 60 * 1000;

describe('routing questions to the people who solved similar ones', () => {
  let api: TestApp;
  let forum: ForumTestContext;
  let db: DataSource;
  let routing: RoutingService;
  let clock: Clock;
  const realNow = Clock.prototype.now;

  let billing: string;
  let other: string;
  let asker: TestSession;
  let anna: TestSession;
  let bert: TestSession;
  let carl: TestSession;
  let dora: TestSession;
  let tom: TestSession;
  let uma: TestSession;
  let moderator: TestSession;
  let member: TestSession;
  let newQuestionId: string;

  /** Asks as `author` and lets `answerer` answer, accepted or upvoted. */
  async function solved(options: {
    productId: string;
    title: string;
    answerer: TestSession;
    accepted?: boolean;
    score?: number;
    tags?: string[];
  }): Promise<string> {
    const author = await forum.newUser();
    const questionId = await forum.newQuestion({
      author,
      productId: options.productId,
      title: options.title,
      body: `${options.title} Details follow in the thread.`,
      tags: options.tags,
    });
    const answerId = await forum.newAnswer({ questionId, author: options.answerer });
    if (options.accepted) await forum.accept({ as: author, answerId });
    if (options.score) {
      await db.query('UPDATE answer SET score = $2 WHERE id = $1', [answerId, options.score]);
    }
    return questionId;
  }

  async function routingSettled(): Promise<void> {
    for (let attempt = 0; attempt < 100; attempt++) {
      const [{ open }] = await db.query(
        `SELECT count(*)::int AS open FROM pgboss.job
         WHERE name = 'support.routing' AND state IN ('created', 'retry', 'active')`,
      );
      if (open === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('routing jobs did not finish');
  }

  /** Puts the questions into the posts index the way community search shapes its documents. */
  async function indexQuestions(): Promise<void> {
    const search = api.app.get(SearchClient);
    await search.applyDefinition({
      uid: 'posts',
      primaryKey: 'id',
      settings: { filterableAttributes: ['type'], searchableAttributes: ['title', 'body'] },
    });
    const rows: Array<{ id: string; title: string; body: string }> = await db.query(
      'SELECT id, title, body FROM question',
    );
    const task = await search
      .index('posts')
      .addDocuments(rows.map((row) => ({ ...row, type: 'question' })));
    await search.waitForTask(task, { timeoutMs: 20_000 });
  }

  const suggestionsQuery = `query Q($id: ID!) { question(id: $id) { routingSuggestions {
    user { id } audience rank score solvedSimilar answeredInArea areaName } } }`;
  type Suggestion = {
    user: { id: string };
    audience: 'EXPERT' | 'COMMUNITY';
    rank: number;
    score: number;
    solvedSimilar: number;
    answeredInArea: number;
    areaName: string | null;
  };
  const suggestionsFor = async (questionId: string, as?: TestSession) =>
    (
      await gqlData<{ question: { routingSuggestions: Suggestion[] } }>(api, {
        query: suggestionsQuery,
        variables: { id: questionId },
        as,
      })
    ).question.routingSuggestions;

  const setNow = (at: Date) => {
    clock.now = () => new Date(at);
  };

  /** The desk opens a case when the question is asked; this sets its clock and claim. */
  async function openCase(questionId: string, startedAt: Date, claimedById: string | null = null) {
    await db.query(
      `INSERT INTO support_case (question_id, product_id, status, clock_started_at, due_at,
         claimed_by_id, claimed_at)
       SELECT id, product_id, 'awaiting_response', $2, $2::timestamptz + interval '1 day', $3::uuid,
         CASE WHEN $3::uuid IS NULL THEN NULL ELSE $2::timestamptz END
       FROM question WHERE id = $1
       ON CONFLICT (question_id) DO UPDATE SET status = EXCLUDED.status,
         clock_started_at = EXCLUDED.clock_started_at, due_at = EXCLUDED.due_at,
         claimed_by_id = EXCLUDED.claimed_by_id, claimed_at = EXCLUDED.claimed_at`,
      [questionId, startedAt, claimedById],
    );
  }

  const routedNotifications = async (questionId: string) =>
    db.query(
      `SELECT user_id, payload FROM notification
       WHERE kind = 'question.routed' AND payload->>'questionId' = $1`,
      [questionId],
    ) as Promise<Array<{ user_id: string; payload: Record<string, unknown> }>>;

  beforeAll(async () => {
    api = await createTestApp([SupportModule], { SUPPORT_ROUTING_NOTIFY_MINUTES: '60' });
    forum = createForumTestContext(api);
    db = api.app.get<DataSource>(getDataSourceToken());
    routing = api.app.get(RoutingService);
    clock = api.app.get(Clock);

    billing = await forum.newProduct({ name: 'Billing' });
    other = await forum.newProduct({ name: 'Reports' });
    [asker, anna, bert, carl, dora, moderator] = await Promise.all([
      forum.newUser(),
      forum.newUser({ role: Role.Expert }),
      forum.newUser({ role: Role.Expert }),
      forum.newUser({ role: Role.Expert }),
      forum.newUser({ role: Role.Moderator }),
      forum.newUser({ role: Role.Moderator }),
    ]);
    [tom, uma, member] = await Promise.all([forum.newUser(), forum.newUser(), forum.newUser()]);
    await db.query('UPDATE user_account SET reputation = 500 WHERE id = ANY($1::uuid[])', [
      [tom.person.id, asker.person.id],
    ]);
    await db.query('INSERT INTO expert_area (user_id, product_id) VALUES ($1, $2)', [
      dora.person.id,
      billing,
    ]);
    await db.query(
      `INSERT INTO expert_availability (user_id, away_since, away_until)
       VALUES ($1, now() - interval '1 day', NULL)`,
      [carl.person.id],
    );

    await solved({
      productId: billing,
      title: 'Invoice shows the wrong VAT rate',
      answerer: anna,
      accepted: true,
    });
    await solved({
      productId: billing,
      title: 'VAT rate wrong on the invoice after moving',
      answerer: carl,
      accepted: true,
    });
    await solved({
      productId: other,
      title: 'Wrong VAT rate on exported invoice report',
      answerer: bert,
      score: 2,
    });
    await solved({
      productId: billing,
      title: 'Invoice VAT rate is wrong for Austria',
      answerer: tom,
      accepted: true,
    });
    await solved({
      productId: billing,
      title: 'Invoice VAT rate wrong in my country',
      answerer: uma,
      accepted: true,
    });
    await solved({
      productId: billing,
      title: 'Invoice with wrong VAT rate again',
      answerer: asker,
      accepted: true,
    });

    newQuestionId = await forum.newQuestion({
      author: asker,
      productId: billing,
      title: 'Invoice VAT rate is wrong for my country',
      body: 'Since the last update the rate does not match where we are.',
    });
    await routingSettled();
    await indexQuestions();
    await routing.route(newQuestionId);
  }, 120_000);

  afterEach(() => {
    clock.now = realNow;
    jest.restoreAllMocks();
  });

  afterAll(async () => {
    await api?.close();
  });

  it('suggests who solved similar questions, staff apart from trusted members, skipping the away', async () => {
    const suggestions = await suggestionsFor(newQuestionId, moderator);
    const experts = suggestions.filter((s) => s.audience === 'EXPERT');
    const community = suggestions.filter((s) => s.audience === 'COMMUNITY');
    expect(experts.map((s) => s.user.id)).toEqual([anna.person.id, bert.person.id, dora.person.id]);
    expect(experts.map((s) => s.rank)).toEqual([1, 2, 3]);
    expect(experts[0]).toMatchObject({ solvedSimilar: 1, answeredInArea: 1, areaName: 'Billing' });
    // Bert answered in another product: only the search index makes his answer count.
    expect(experts[1]).toMatchObject({ solvedSimilar: 0, answeredInArea: 0 });
    // Dora covers Billing without any history.
    expect(experts[2]).toMatchObject({ solvedSimilar: 0, answeredInArea: 0 });
    expect(community.map((s) => s.user.id)).toEqual([tom.person.id]);
    const everyone = suggestions.map((s) => s.user.id);
    expect(everyone).not.toContain(carl.person.id);
    expect(everyone).not.toContain(uma.person.id);
    expect(everyone).not.toContain(asker.person.id);
  });

  it('shows suggestions to staff only', async () => {
    expect(await suggestionsFor(newQuestionId, member)).toEqual([]);
    expect(await suggestionsFor(newQuestionId, asker)).toEqual([]);
    expect(await suggestionsFor(newQuestionId)).toEqual([]);
    expect((await suggestionsFor(newQuestionId, anna)).length).toBeGreaterThan(0);
  });

  it('routes by product and tags alone when the search index cannot answer', async () => {
    jest
      .spyOn(api.app.get(SearchClient), 'multiSearch')
      .mockRejectedValue(new Error('Meilisearch is down'));
    await routing.route(newQuestionId);
    const experts = (await suggestionsFor(newQuestionId, moderator)).filter(
      (s) => s.audience === 'EXPERT',
    );
    expect(experts.map((s) => s.user.id)).toEqual([anna.person.id, dora.person.id]);
    jest.restoreAllMocks();
    await routing.route(newQuestionId);
    expect((await suggestionsFor(newQuestionId, moderator)).length).toBe(4);
  });

  it('tells the top expert once, exactly when the question waited unclaimed long enough', async () => {
    const askedAt = new Date('2026-12-01T09:00:00Z');
    await openCase(newQuestionId, askedAt);

    setNow(new Date(askedAt.getTime() + 60 * minute - 1));
    expect(await routing.tick()).not.toContain(newQuestionId);
    expect(await routedNotifications(newQuestionId)).toEqual([]);

    setNow(new Date(askedAt.getTime() + 60 * minute));
    const told = await Promise.all([routing.tick(), routing.tick()]);
    expect(told.flat().filter((id) => id === newQuestionId).length).toBeLessThanOrEqual(1);
    const sent = await routedNotifications(newQuestionId);
    expect(sent).toEqual([{ user_id: anna.person.id, payload: expect.anything() }]);
    expect(sent[0]?.payload).toMatchObject({
      questionId: newQuestionId,
      questionTitle: 'Invoice VAT rate is wrong for my country',
      questionSlug: 'invoice-vat-rate-is-wrong-for-my-country',
      solvedSimilar: 1,
      areaName: 'Billing',
    });

    setNow(new Date(askedAt.getTime() + 120 * minute));
    expect(await routing.tick()).not.toContain(newQuestionId);
    expect(await routedNotifications(newQuestionId)).toHaveLength(1);
  });

  it('skips the top expert while away, and tells nobody about a claimed question', async () => {
    const awayCase = await forum.newQuestion({
      author: asker,
      productId: billing,
      title: 'Invoice VAT rate wrong since yesterday',
    });
    const claimedCase = await forum.newQuestion({
      author: asker,
      productId: billing,
      title: 'Invoice shows a wrong VAT rate for my company',
    });
    // The job queued when they were asked routes them; the index knows the older questions now.
    await routingSettled();
    const experts = (await suggestionsFor(awayCase, moderator)).filter(
      (s) => s.audience === 'EXPERT',
    );
    expect(experts.map((s) => s.user.id)).toEqual([anna.person.id, bert.person.id, dora.person.id]);

    const askedAt = new Date('2026-12-02T09:00:00Z');
    await openCase(awayCase, askedAt);
    await openCase(claimedCase, askedAt, bert.person.id);
    await db.query(
      `INSERT INTO expert_availability (user_id, away_since, away_until) VALUES ($1, $2, $3)`,
      [anna.person.id, askedAt, new Date(askedAt.getTime() + 24 * 60 * minute)],
    );

    setNow(new Date(askedAt.getTime() + 60 * minute));
    await routing.tick();
    const sent = await routedNotifications(awayCase);
    expect(sent.map((row) => row.user_id)).toEqual([bert.person.id]);
    expect(await routedNotifications(claimedCase)).toEqual([]);
  });

  it('routes again when the question is edited', async () => {
    const questionId = await forum.newQuestion({
      author: asker,
      productId: billing,
      title: 'The printer cartridge seems to be empty',
      body: 'Nothing comes out of the printer.',
    });
    await routingSettled();
    const before = (await suggestionsFor(questionId, moderator)).map((s) => s.user.id);
    expect(before).toContain(anna.person.id);
    expect(before).not.toContain(bert.person.id);

    await gqlData(api, {
      query: 'mutation E($input: EditQuestionInput!) { editQuestion(input: $input) { id } }',
      variables: { input: { id: questionId, title: 'Invoice VAT rate wrong after the update' } },
      as: asker,
    });
    await routingSettled();
    const after = (await suggestionsFor(questionId, moderator)).map((s) => s.user.id);
    expect(after).toContain(bert.person.id);
  });

  it('gives the inbox the reason of the top expert', async () => {
    expect(await routingReasonFor(db.manager, newQuestionId)).toEqual({
      userId: anna.person.id,
      solvedSimilar: 1,
      answeredInArea: 1,
      areaName: 'Billing',
    });
    const unrouted = await forum.newQuestion({ author: asker, productId: other });
    await routingSettled();
    await db.query('DELETE FROM routing_suggestion WHERE question_id = $1', [unrouted]);
    expect(await routingReasonFor(db.manager, unrouted)).toBeNull();

    // The inbox reads the reasons of a whole page at once, through SupportCase.routingReason.
    await db.query(
      `INSERT INTO support_case (question_id, product_id, status, clock_started_at, due_at)
       SELECT id, product_id, 'awaiting_response', now(), now() + interval '1 day'
       FROM question WHERE id = ANY($1::uuid[])
       ON CONFLICT (question_id) DO NOTHING`,
      [[newQuestionId, unrouted]],
    );
    const inbox = await gqlData<{
      expertInbox: {
        edges: Array<{
          node: {
            question: { id: string };
            routingReason: {
              solvedSimilar: number;
              answeredInArea: number;
              areaName: string | null;
              user: { id: string };
            } | null;
          };
        }>;
      };
    }>(api, {
      query: `{ expertInbox(filter: ALL_AREAS, first: 50) { edges { node {
        question { id }
        routingReason { solvedSimilar answeredInArea areaName user { id } } } } } }`,
      as: moderator,
    });
    const reasons = new Map(
      inbox.expertInbox.edges.map(({ node }) => [node.question.id, node.routingReason]),
    );
    expect(reasons.get(newQuestionId)).toEqual({
      solvedSimilar: 1,
      answeredInArea: 1,
      areaName: 'Billing',
      user: { id: anna.person.id },
    });
    expect(reasons.has(unrouted)).toBe(true);
    expect(reasons.get(unrouted)).toBeNull();
  });
});
