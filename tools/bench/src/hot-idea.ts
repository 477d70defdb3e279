import type pg from 'pg';
import { closedLoop, type LoadResult } from './load.js';

export interface HotIdeaResult {
  clients: number;
  /** Votes and withdrawals on one idea through the API, each client a different member. */
  rps: number;
  p50_ms: number;
  p95_ms: number;
  errors: number;
  /** The reference: a plain vote row inserted and deleted again, straight into PostgreSQL. */
  raw_rps: number;
  raw_p50_ms: number;
  raw_p95_ms: number;
  ratio: number;
}

interface HotIdeaOptions {
  url: string;
  signIn: (email: string) => Promise<string>;
  clients?: number;
  seconds?: number;
}

const vote = `mutation HotVote($input: VoteForIdeaInput!) { voteForIdea(input: $input) { id voteCount } }`;
const withdraw = `mutation HotWithdraw($input: IdeaIdInput!) { withdrawIdeaVote(input: $input) { id voteCount } }`;

/**
 * Votes on the idea with the most votes, by `clients` members at once (8 by default), each voting
 * and taking the vote back in turn, so every request changes the same idea's counters. Beside
 * it, in the same run, the engine's floor: the same members' vote rows inserted and deleted with
 * plain SQL, one statement each, no counters. The members chosen have no vote on the idea, and
 * both runs end with their votes gone, so the data stays as seeded.
 */
export async function measureHotIdea(
  db: pg.Client,
  pool: pg.Pool,
  options: HotIdeaOptions,
): Promise<HotIdeaResult> {
  const clients = options.clients ?? 8;
  const seconds = options.seconds ?? 10;
  const [{ id: ideaId }] = (
    await db.query(
      'SELECT id FROM idea WHERE merged_into_id IS NULL ORDER BY vote_count DESC, id LIMIT 1',
    )
  ).rows as Array<{ id: string }>;
  const voters = (
    await db.query(
      `SELECT u.id, u.email FROM user_account u
       WHERE u.role = 'member' AND u.deleted_at IS NULL AND u.suspended_until IS NULL
         AND u.email_verified_at IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM idea_vote v WHERE v.idea_id = $1 AND v.user_id = u.id)
       ORDER BY u.reputation DESC, u.id LIMIT $2`,
      [ideaId, clients],
    )
  ).rows as Array<{ id: string; email: string }>;
  if (voters.length < clients) throw new Error(`hot idea: only ${voters.length} voters found`);
  const cookies: string[] = [];
  for (const voter of voters) cookies.push(await options.signIn(voter.email));

  const voted = new Array<boolean>(clients).fill(false);
  const send = async (worker: number, query: string) => {
    const response = await fetch(`${options.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookies[worker]! },
      body: JSON.stringify({ query, variables: { input: { ideaId } } }),
    });
    const body = (await response.json()) as { errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
  };
  const toggle = async (worker: number) => {
    await send(worker, voted[worker] ? withdraw : vote);
    voted[worker] = !voted[worker];
  };
  await closedLoop(clients, 2, toggle); // warm-up
  const through = await closedLoop(clients, seconds, toggle);
  for (let worker = 0; worker < clients; worker++) if (voted[worker]) await toggle(worker);

  const inserted = new Array<boolean>(clients).fill(false);
  const raw: LoadResult = await closedLoop(clients, seconds, async (worker) => {
    await pool.query(
      inserted[worker]
        ? 'DELETE FROM idea_vote WHERE idea_id = $1 AND user_id = $2'
        : 'INSERT INTO idea_vote (idea_id, user_id, created_at) VALUES ($1, $2, now())',
      [ideaId, voters[worker]!.id],
    );
    inserted[worker] = !inserted[worker];
  });
  // The reference rows never reached the counters; none may stay.
  await db.query('DELETE FROM idea_vote WHERE idea_id = $1 AND user_id = ANY($2::uuid[])', [
    ideaId,
    voters.map((voter) => voter.id),
  ]);

  return {
    clients,
    rps: through.rps,
    p50_ms: through.p50_ms,
    p95_ms: through.p95_ms,
    errors: through.errors,
    raw_rps: raw.rps,
    raw_p50_ms: raw.p50_ms,
    raw_p95_ms: raw.p95_ms,
    ratio: raw.rps > 0 ? Number((through.rps / raw.rps).toFixed(2)) : 0,
  };
}
