import { expect } from '@jest/globals';
import { UserService, type Viewer } from '@forum/api/identity';
import { query, type TestApp } from '@forum/api/testing';

/** Test-only helpers shared by the ideas integration tests. */

/** A viewer as the session middleware would build it, for calling services directly. */
export async function viewerOf(api: TestApp, userId: string): Promise<Viewer> {
  const user = await api.app.get(UserService).findById(userId);
  if (!user) throw new Error(`no person ${userId}`);
  return { user, via: 'session', address: '127.0.0.1' };
}

/**
 * Every counter, bucket and tally, as readers see it (folded plus not yet folded, ADR 0031),
 * equals what a recount from the vote rows gives: the invariant the insights rely on.
 */
export async function expectCountersToMatchVotes(api: TestApp): Promise<void> {
  const pairs: Array<[string, string]> = [
    [
      'SELECT idea_id AS k, vote_count AS v FROM idea_counter_live',
      'SELECT i.id AS k, (SELECT count(*)::int FROM idea_vote v WHERE v.idea_id = i.id) AS v FROM idea i',
    ],
    [
      'SELECT idea_id AS k, organisation_count AS v FROM idea_counter_live',
      'SELECT i.id AS k, (SELECT count(DISTINCT organisation_id)::int FROM idea_vote v WHERE v.idea_id = i.id) AS v FROM idea i',
    ],
    [
      "SELECT idea_id || ' ' || day AS k, votes AS v FROM idea_vote_day_live",
      `SELECT idea_id || ' ' || (created_at AT TIME ZONE 'UTC')::date AS k, count(*)::int AS v
       FROM idea_vote GROUP BY idea_id, (created_at AT TIME ZONE 'UTC')::date`,
    ],
    [
      "SELECT idea_id || ' ' || plan || ' ' || importance AS k, votes AS v FROM idea_vote_tally_live",
      `SELECT idea_id || ' ' || coalesce(plan, 'none') || ' ' || coalesce(importance::text, 'unspecified') AS k,
         count(*)::int AS v FROM idea_vote GROUP BY 1`,
    ],
    [
      "SELECT idea_id || ' ' || organisation_id AS k, votes AS v FROM idea_organisation_tally_live",
      `SELECT idea_id || ' ' || organisation_id AS k, count(*)::int AS v FROM idea_vote
       WHERE organisation_id IS NOT NULL GROUP BY 1`,
    ],
  ];
  for (const [kept, recount] of pairs) {
    const sorted = async (sql: string) =>
      (await query<{ k: string; v: number }>(api, `${sql} ORDER BY 1`)).map((r) => [r.k, r.v]);
    expect({ sql: kept, rows: await sorted(kept) }).toEqual({
      sql: kept,
      rows: await sorted(recount),
    });
  }
}
