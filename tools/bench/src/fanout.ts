import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type pg from 'pg';
import { percentile } from './load.js';
import { graphqlRequest, operations } from './scenarios.js';

export interface FanoutResult {
  followers: number;
  rounds: number;
  /** From the ask's response (its fan-out job committed with it) to the last notification committed. */
  fanout_p50_ms: number;
  fanout_p95_ms: number;
  /** The ask, through the API, in a tag with `followers` followers. */
  ask_followed_p50_ms: number;
  ask_followed_p95_ms: number;
  /** The same ask in a tag nobody follows. */
  ask_unfollowed_p50_ms: number;
  ask_unfollowed_p95_ms: number;
}

interface Asker {
  url: string;
  cookie: string;
  productId: string;
}

/**
 * A question asked in a tag with 10,000 followers next to the same ask in a tag with none,
 * alternating, one at a time: the ask must cost the same (the write only enqueues one job), and
 * the fan-out time is how long until the last of the followers has the notification.
 */
export async function measureFanout(
  db: pg.Client,
  asker: Asker,
  options: { followers?: number; rounds?: number } = {},
): Promise<FanoutResult> {
  const followerCount = options.followers ?? 10_000;
  const rounds = options.rounds ?? 10;
  const run = randomBytes(3).toString('hex');
  const followed = `fanout-${run}`;
  const unfollowed = `quiet-${run}`;
  const askerId = await viewerId(asker);

  const followers = await followersFor(db, askerId, followerCount);
  const [{ id: tagId }] = (
    await db.query('INSERT INTO tag (slug) VALUES ($1) RETURNING id', [followed])
  ).rows as Array<{ id: string }>;
  await db.query(
    `INSERT INTO follow (user_id, target_type, target_id)
     SELECT unnest($1::uuid[]), 'tag', $2`,
    [followers, tagId],
  );
  // Batches go by user id, so the greatest one is told in the last batch.
  const lastFollower = [...followers].sort().at(-1) ?? '';

  const fanout: number[] = [];
  const askFollowed: number[] = [];
  const askUnfollowed: number[] = [];
  for (let round = 0; round <= rounds; round++) {
    const quiet = await ask(asker, unfollowed, `${run}-${round}-quiet`);
    const busy = await ask(asker, followed, `${run}-${round}-busy`);
    const told = await toldAt(db, lastFollower, busy.id);
    // The first round warms the statements up.
    if (round === 0) continue;
    askUnfollowed.push(quiet.ms);
    askFollowed.push(busy.ms);
    fanout.push(told - busy.answeredAt);
  }
  const [{ count }] = (
    await db.query(
      `SELECT count(*)::int AS count FROM notification
       WHERE kind = 'question.in_followed_area' AND payload ->> 'questionId' = $1`,
      [(await lastAsked(db, followed)) ?? ''],
    )
  ).rows as Array<{ count: number }>;
  if (count !== followerCount)
    throw new Error(`fan-out told ${count} of ${followerCount} followers`);

  await db.query("DELETE FROM follow WHERE target_type = 'tag' AND target_id = $1", [tagId]);
  const round2 = (n: number) => Number(n.toFixed(2));
  return {
    followers: followerCount,
    rounds,
    fanout_p50_ms: round2(percentile(fanout, 50)),
    fanout_p95_ms: round2(percentile(fanout, 95)),
    ask_followed_p50_ms: round2(percentile(askFollowed, 50)),
    ask_followed_p95_ms: round2(percentile(askFollowed, 95)),
    ask_unfollowed_p50_ms: round2(percentile(askUnfollowed, 50)),
    ask_unfollowed_p95_ms: round2(percentile(askUnfollowed, 95)),
  };
}

/** Existing people (other than the asker), topped up with new members when there are too few. */
async function followersFor(db: pg.Client, askerId: string, count: number): Promise<string[]> {
  const existing = (
    await db.query(
      `SELECT id FROM user_account
       WHERE deleted_at IS NULL AND suspended_until IS NULL AND id <> $1
       ORDER BY id LIMIT $2`,
      [askerId, count],
    )
  ).rows.map((row: { id: string }) => row.id);
  if (existing.length >= count) return existing;
  const added = (
    await db.query(
      `INSERT INTO user_account (email, display_name, role, email_verified_at)
       SELECT 'fanout-' || $1 || '-' || n || '@example.com', 'Follower ' || n, 'member', now()
       FROM generate_series(1, $2) AS n RETURNING id`,
      [randomBytes(4).toString('hex'), count - existing.length],
    )
  ).rows.map((row: { id: string }) => row.id);
  return [...existing, ...added];
}

async function viewerId(asker: Asker): Promise<string> {
  const response = await fetch(`${asker.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: asker.cookie },
    body: JSON.stringify({ query: 'query Me { me { id } }' }),
  });
  const body = (await response.json()) as { data?: { me?: { id: string } } };
  if (!body.data?.me) throw new Error(`Could not read the asker: ${JSON.stringify(body)}`);
  return body.data.me.id;
}

async function ask(
  asker: Asker,
  tag: string,
  marker: string,
): Promise<{ id: string; ms: number; answeredAt: number }> {
  const request = graphqlRequest(
    operations.ask,
    {
      input: {
        title: `Fan-out probe ${marker}: the export stops halfway`,
        body: 'Asked by the fan-out benchmark. The export stops after the first page every time.',
        productId: asker.productId,
        tags: [tag],
      },
    },
    asker.cookie,
  );
  const started = performance.now();
  const response = await fetch(`${asker.url}${request.path}`, {
    method: request.method,
    headers: request.headers,
    body: request.body,
  });
  const body = (await response.json()) as {
    data?: { askQuestion: { id: string } };
    errors?: unknown;
  };
  const answeredAt = performance.now();
  if (!body.data) throw new Error(`ask failed: ${JSON.stringify(body.errors)}`);
  return { id: body.data.askQuestion.id, ms: answeredAt - started, answeredAt };
}

/** When the last follower's notification about the question became visible (committed). */
async function toldAt(db: pg.Client, userId: string, questionId: string): Promise<number> {
  const deadline = performance.now() + 120_000;
  for (;;) {
    const { rowCount } = await db.query(
      `SELECT 1 FROM notification
       WHERE user_id = $1 AND kind = 'question.in_followed_area' AND payload ->> 'questionId' = $2`,
      [userId, questionId],
    );
    if (rowCount) return performance.now();
    if (performance.now() > deadline) throw new Error('the fan-out did not finish in 120 s');
    await sleep(5);
  }
}

async function lastAsked(db: pg.Client, tag: string): Promise<string | undefined> {
  const { rows } = await db.query(
    `SELECT q.id FROM question q
     JOIN question_tag qt ON qt.question_id = q.id JOIN tag t ON t.id = qt.tag_id
     WHERE t.slug = $1 ORDER BY q.created_at DESC LIMIT 1`,
    [tag],
  );
  return (rows[0] as { id: string } | undefined)?.id;
}
