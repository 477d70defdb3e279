import { expect } from '@jest/globals';
import { getDataSourceToken } from '@nestjs/typeorm';
import { UserEntity, type Viewer } from '@forum/api/identity';
import { query, type TestApp } from '@forum/api/testing';
import type { DataSource } from 'typeorm';

/** Test-only helpers shared by the ideas integration tests. */

export async function newProduct(
  api: TestApp,
  slug = `p-${Math.random().toString(36).slice(2, 8)}`,
) {
  const [row] = await query<{ id: string }>(
    api,
    'INSERT INTO product (slug, name) VALUES ($1, $2) RETURNING id',
    [slug, `Product ${slug}`],
  );
  return row!.id;
}

export async function newIdea(
  api: TestApp,
  productId: string,
  authorId: string,
  title = 'Export every report as CSV with a header row',
): Promise<string> {
  const [row] = await query<{ id: string }>(
    api,
    `INSERT INTO idea (product_id, author_id, title, description) VALUES ($1, $2, $3, 'Details.') RETURNING id`,
    [productId, authorId, title],
  );
  return row!.id;
}

/** `count` members inserted in one statement, optionally in an organisation. */
export async function bulkPeople(
  api: TestApp,
  count: number,
  organisationId: string | null = null,
): Promise<string[]> {
  const tag = Math.random().toString(36).slice(2, 8);
  const rows = await query<{ id: string }>(
    api,
    `INSERT INTO user_account (email, display_name, role, email_verified_at, organisation_id)
     SELECT 'bulk-' || $1 || '-' || n || '@example.com', 'Bulk ' || n, 'member', now(), $3
     FROM generate_series(1, $2) AS n RETURNING id`,
    [tag, count, organisationId],
  );
  return rows.map((row) => row.id);
}

/** A viewer as the session middleware would build it, for calling services directly. */
export async function viewerOf(api: TestApp, userId: string): Promise<Viewer> {
  const dataSource = api.app.get<DataSource>(getDataSourceToken());
  return {
    user: await dataSource.manager.findOneByOrFail(UserEntity, { id: userId }),
    via: 'session',
  };
}

/**
 * Every counter, bucket and tally equals what a recount from the vote rows gives: the invariant
 * the insights rely on.
 */
export async function expectCountersToMatchVotes(api: TestApp): Promise<void> {
  const pairs: Array<[string, string]> = [
    [
      'SELECT id AS k, vote_count AS v FROM idea',
      'SELECT i.id AS k, (SELECT count(*)::int FROM idea_vote v WHERE v.idea_id = i.id) AS v FROM idea i',
    ],
    [
      'SELECT id AS k, organisation_count AS v FROM idea',
      'SELECT i.id AS k, (SELECT count(DISTINCT organisation_id)::int FROM idea_vote v WHERE v.idea_id = i.id) AS v FROM idea i',
    ],
    [
      "SELECT idea_id || ' ' || day AS k, votes AS v FROM idea_vote_day",
      `SELECT idea_id || ' ' || (created_at AT TIME ZONE 'UTC')::date AS k, count(*)::int AS v
       FROM idea_vote GROUP BY idea_id, (created_at AT TIME ZONE 'UTC')::date`,
    ],
    [
      "SELECT idea_id || ' ' || plan || ' ' || importance AS k, votes AS v FROM idea_vote_tally",
      `SELECT idea_id || ' ' || coalesce(plan, 'none') || ' ' || coalesce(importance::text, 'unspecified') AS k,
         count(*)::int AS v FROM idea_vote GROUP BY 1`,
    ],
    [
      "SELECT idea_id || ' ' || organisation_id AS k, votes AS v FROM idea_organisation_tally",
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
