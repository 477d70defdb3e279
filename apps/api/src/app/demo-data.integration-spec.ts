import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, gql, query, signIn, type TestApp } from '@forum/api/testing';
import { demoPassword, demoPeople } from '@forum/api/identity/demo-data';
import { featureModules } from '@forum/api/composition';
import { demoSeeders } from './demo-seeders.js';

describe('demo data', () => {
  let api: TestApp;
  let firstRun: string[];

  beforeAll(async () => {
    api = await createTestApp(featureModules);
    firstRun = [];
    for (const seed of demoSeeders) firstRun.push(...(await seed(api.app)));
    // Building the search index waits for Meilisearch's tasks.
  }, 120_000);

  afterAll(async () => {
    await api?.close();
  });

  it('creates every role and prints the accounts with their password', async () => {
    expect(firstRun[0]).toContain(demoPassword);
    const roles = await query<{ role: string }>(
      api,
      'SELECT DISTINCT role::text FROM user_account ORDER BY 1',
    );
    expect(roles.map((r) => r.role)).toEqual([
      'admin',
      'expert',
      'member',
      'moderator',
      'product_manager',
    ]);
    const plans = await query<{ plan: string }>(
      api,
      'SELECT DISTINCT plan::text FROM organisation ORDER BY 1',
    );
    expect(plans.map((p) => p.plan)).toEqual(['enterprise', 'free', 'pro']);
    const expert = demoPeople.find((p) => p.role === 'expert')!;
    await signIn(api, {
      id: expert.id,
      email: expert.email,
      password: demoPassword,
      displayName: expert.displayName,
      role: expert.role,
    });
  });

  it('leaves counters and states exactly as the services would', async () => {
    const inconsistent = await query(
      api,
      `SELECT q.id FROM question q WHERE
         q.score <> coalesce((SELECT sum(value) FROM question_vote v WHERE v.question_id = q.id), 0)
      OR q.answer_count <> (SELECT count(*) FROM answer a WHERE a.question_id = q.id AND a.deleted_at IS NULL)
      OR q.state::text <> CASE WHEN q.accepted_answer_id IS NOT NULL THEN 'solved'
                               WHEN EXISTS (SELECT 1 FROM answer a WHERE a.question_id = q.id) THEN 'answered' ELSE 'open' END
      UNION ALL
      SELECT a.id FROM answer a WHERE a.score <> coalesce((SELECT sum(value) FROM answer_vote v WHERE v.answer_id = a.id), 0)`,
    );
    expect(inconsistent).toEqual([]);
    const states = await query<{ state: string }>(
      api,
      'SELECT DISTINCT state::text FROM question ORDER BY 1',
    );
    expect(states.map((s) => s.state)).toEqual(['answered', 'open', 'solved']);
    const languages = await query<{ language: string }>(
      api,
      'SELECT DISTINCT language FROM question ORDER BY 1',
    );
    expect(languages.map((l) => l.language)).toEqual(['de', 'en']);
    const solvedByExpert = await gql<{
      questions: { edges: Array<{ node: { acceptedBy: { isStaff: boolean } } }> };
    }>(api, {
      query:
        '{ questions(filter: { states: [SOLVED] }) { edges { node { acceptedBy { isStaff } } } } }',
    });
    const verifiers = solvedByExpert.data!.questions.edges.map((e) => e.node.acceptedBy.isStaff);
    expect(verifiers).toContain(true);
    expect(verifiers).toContain(false);
  });

  it('makes the demo questions searchable, typos and all', async () => {
    expect(firstRun).toContainEqual(
      expect.stringMatching(/^Search index built with \d+ documents/),
    );
    const found = await gql<{ search: { hits: Array<{ question: { title: string } }> } }>(api, {
      query: '{ search(query: "pasword reset") { hits { question { title } } } }',
    });
    expect(found.data!.search.hits.map((hit) => hit.question.title)).toContain(
      'Password reset link says it has expired right away',
    );
    // Already in the index: a second run leaves it alone.
    expect(await demoSeeders.at(-1)!(api.app)).toEqual([]);
  });

  it('seeds a dozen ideas with votes of several organisations, a roadmap and evidence', async () => {
    const [ideas] = await query<Record<string, number>>(
      api,
      `SELECT count(*)::int AS ideas,
         count(DISTINCT product_id)::int AS products,
         count(*) FILTER (WHERE status <> 'under_review')::int AS decided,
         sum(linked_question_count)::int AS linked,
         (SELECT count(DISTINCT organisation_id)::int FROM idea_vote) AS organisations,
         (SELECT count(*)::int FROM idea_vote WHERE recorded_by_id IS NOT NULL) AS recorded,
         (SELECT count(*)::int FROM idea i WHERE i.vote_count <> (SELECT count(*) FROM idea_vote v WHERE v.idea_id = i.id)
            OR i.organisation_count <> (SELECT count(DISTINCT organisation_id) FROM idea_vote v WHERE v.idea_id = i.id)
            OR i.vote_count <> coalesce((SELECT sum(votes) FROM idea_vote_day d WHERE d.idea_id = i.id), 0)) AS inconsistent
       FROM idea`,
    );
    expect(ideas).toEqual({
      ideas: 12,
      products: 4,
      decided: 4,
      linked: 2,
      organisations: 3,
      recorded: 2,
      inconsistent: 0,
    });
    const roadmap = await gql<{ ideaRoadmap: Record<string, unknown[]> }>(api, {
      query: '{ ideaRoadmap { planned { id } inProgress { id } shipped { id } } }',
    });
    expect(Object.values(roadmap.data!.ideaRoadmap).map((column) => column.length)).toEqual([
      1, 1, 1,
    ]);
  });

  it('gives demo people the reputation and badges their votes and solutions earned', async () => {
    expect(firstRun.some((line) => line.startsWith('Reputation:'))).toBe(true);
    const wrong = await query(
      api,
      `SELECT u.id FROM user_account u WHERE u.reputation <>
         coalesce((SELECT sum(delta) FROM reputation_change WHERE user_id = u.id), 0)`,
    );
    expect(wrong).toEqual([]);
    const earners = await query(api, 'SELECT id FROM user_account WHERE reputation > 0');
    expect(earners.length).toBeGreaterThan(3);
    const badges = await query<{ badge: string }>(
      api,
      'SELECT DISTINCT badge FROM badge_award ORDER BY 1',
    );
    expect(badges.map((b) => b.badge)).toEqual(
      expect.arrayContaining(['company_expert', 'first_answer', 'solution_author']),
    );
  });

  it('fills the review queue: flagged questions that stay public and one held by the link rule', async () => {
    expect(firstRun).toContain(
      'Review queue: 2 flagged questions and 1 question held by the link rule.',
    );
    const items = await query<{ cause: string; flags: number; hidden: string | null }>(
      api,
      `SELECT r.cause::text AS cause, r.flag_count AS flags, q.hidden_reason AS hidden
       FROM review_item r JOIN question q ON q.id = r.target_id
       WHERE r.status = 'open' ORDER BY r.cause, r.flag_count`,
    );
    expect(items).toEqual([
      { cause: 'flags', flags: 1, hidden: null },
      { cause: 'flags', flags: 2, hidden: null },
      { cause: 'spam_rule', flags: 0, hidden: 'awaiting_review' },
    ]);
  });

  it('lets demo people follow what they took part in, and experts their areas', async () => {
    expect(firstRun.some((line) => line.startsWith('Follows:'))).toBe(true);
    const missing = await query<{ id: string }>(
      api,
      `SELECT q.id FROM question q
       WHERE q.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM follow f
         WHERE f.user_id = q.author_id AND f.target_type = 'question' AND f.target_id = q.id)`,
    );
    expect(missing).toEqual([]);
    const areas = await query<{ type: string; n: number }>(
      api,
      `SELECT target_type AS type, count(*)::int AS n FROM follow
       WHERE target_type IN ('tag', 'product') GROUP BY target_type ORDER BY target_type`,
    );
    expect(areas).toEqual([
      { type: 'product', n: 2 },
      { type: 'tag', n: 2 },
    ]);
  });

  it('fills the experts’ inbox: claimed, unclaimed, breached, waiting on the customer, snoozed', async () => {
    const [desk] = await query<Record<string, number>>(
      api,
      `SELECT count(*) FILTER (WHERE c.claimed_by_id = $1)::int AS anna,
              count(*) FILTER (WHERE c.claimed_by_id = $2)::int AS lukas,
              count(*) FILTER (WHERE c.claimed_by_id IS NULL AND c.waiting_since IS NULL)::int AS unclaimed,
              count(*) FILTER (WHERE c.breached_at IS NOT NULL)::int AS breached,
              count(*) FILTER (WHERE c.waiting_since IS NOT NULL)::int AS waiting,
              count(*) FILTER (WHERE c.snoozed_until > now())::int AS snoozed
       FROM support_case c WHERE c.status = 'awaiting_response'`,
      [
        demoPeople.find((p) => p.email === 'anna.schmidt@demo.example')!.id,
        demoPeople.find((p) => p.email === 'lukas.brandt@demo.example')!.id,
      ],
    );
    expect(desk).toMatchObject({ waiting: 1, snoozed: 1 });
    expect(desk!['anna']).toBeGreaterThan(0);
    expect(desk!['lukas']).toBeGreaterThan(0);
    expect(desk!['unclaimed']).toBeGreaterThan(0);
    expect(desk!['breached']).toBeGreaterThan(0);
    const withoutCase = await query(
      api,
      'SELECT q.id FROM question q LEFT JOIN support_case c ON c.question_id = q.id WHERE c.question_id IS NULL',
    );
    expect(withoutCase).toEqual([]);
  });

  it('adds nothing on a second run', async () => {
    const count = `SELECT (SELECT count(*) FROM user_account) + (SELECT count(*) FROM question)
      + (SELECT count(*) FROM reputation_change) + (SELECT count(*) FROM badge_award)
      + (SELECT count(*) FROM idea) + (SELECT count(*) FROM idea_vote)
      + (SELECT count(*) FROM flag) + (SELECT count(*) FROM review_item)
      + (SELECT count(*) FROM follow) + (SELECT count(*) FROM support_case) AS n`;
    const before = await query<{ n: number }>(api, count);
    for (const seed of demoSeeders) await seed(api.app);
    expect(await query<{ n: number }>(api, count)).toEqual(before);
  });
});
