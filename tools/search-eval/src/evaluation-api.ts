import { type ChildProcess, spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { hash } from '@node-rs/argon2';
import { runMigrations } from '@forum/api/database';
import { DatabaseConfig } from '@forum/api/platform';
import { freePort } from '@forum/tools/dev-services';
import pg from 'pg';

/**
 * The real API, started from source in a process of its own against a given database and
 * Meilisearch, with the people the evaluation acts as. Everything then goes through GraphQL over
 * HTTP, as in the browser: the corpus is written by the product's mutations and indexed by its
 * own indexer, and every query runs the resolvers customers use.
 */

const typescript = ['--import', '@swc-node/register/esm-register'];
const password = 'Search-Eval-Judged-Set-2026';

export interface EvaluationServers {
  databaseUrl: string;
  meiliUrl: string;
  meiliMasterKey?: string;
}

export interface People {
  admin: string;
  expert: string;
  /** Members who ask, answer and confirm; cookies. */
  members: string[];
}

export interface EvaluationApi {
  url: string;
  people: People;
  /** Resolves once the index holds exactly what the database does. */
  indexConverged(): Promise<void>;
  stop(): Promise<void>;
}

export async function startEvaluationApi(
  servers: EvaluationServers,
  indexPrefix: string,
): Promise<EvaluationApi> {
  await runMigrations(new DatabaseConfig(servers.databaseUrl, 2));
  const emails = await insertPeople(servers.databaseUrl);
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    LOG_LEVEL: 'error',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_URL: servers.databaseUrl,
    MEILI_URL: servers.meiliUrl,
    MEILI_MASTER_KEY: servers.meiliMasterKey ?? '',
    MEILI_INDEX_PREFIX: indexPrefix,
    REPUTATION_TO_POST_FREELY: '0',
    // The set is written by a handful of people as fast as the API answers.
    ...Object.fromEntries(
      ['POST', 'VOTE', 'CHANGE', 'VIEW', 'MAIL', 'SIGN_IN', 'SIGN_UP', 'PER_IP'].map((name) => [
        `WRITE_LIMIT_${name}`,
        '1000000/1s',
      ]),
    ),
  };
  const child: ChildProcess = spawn(process.execPath, [...typescript, 'apps/api/src/main.ts'], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  try {
    await ready(url, child);
    const people: People = {
      admin: await signIn(url, emails.admin),
      expert: await signIn(url, emails.expert),
      members: await Promise.all(emails.members.map((email) => signIn(url, email))),
    };
    return {
      url,
      people,
      indexConverged: () => indexConverged(env),
      stop: async () => {
        child.kill('SIGTERM');
        await exited;
      },
    };
  } catch (error) {
    child.kill('SIGTERM');
    await exited;
    throw error;
  }
}

async function ready(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The API exited with ${child.exitCode}`);
    const ok = await fetch(`${url}/readyz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    if (Date.now() > deadline) throw new Error('The API did not become ready in 120 s');
    await sleep(250);
  }
}

async function insertPeople(databaseUrl: string) {
  const passwordHash = await hash(password, { memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const insert = (email: string, name: string, role: string, title: string | null) =>
      client.query(
        `INSERT INTO user_account (email, display_name, password_hash, role, email_verified_at, expert_title)
         VALUES ($1, $2, $3, $4, now(), $5) ON CONFLICT (email) DO NOTHING`,
        [email, name, passwordHash, role, title],
      );
    await insert('admin@search-eval.example', 'Eval Admin', 'admin', null);
    await insert(
      'expert@search-eval.example',
      'Eval Support Engineer',
      'expert',
      'Support Engineer',
    );
    const members = Array.from({ length: 14 }, (_, n) => `member${n}@search-eval.example`);
    for (const [n, email] of members.entries())
      await insert(email, `Eval Member ${n}`, 'member', null);
    // Long-standing members an administrator trusts: the new-account spam rules (typing speed)
    // would otherwise hold the set's posts, written far faster than people write, for review.
    await client.query(
      `INSERT INTO trusted_account (user_id) SELECT id FROM user_account WHERE email = ANY($1)
       ON CONFLICT DO NOTHING`,
      [members],
    );
    return { admin: 'admin@search-eval.example', expert: 'expert@search-eval.example', members };
  } finally {
    await client.end();
  }
}

async function signIn(url: string, email: string): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation SignIn($input: SignInInput!) { signIn(input: $input) { id } }',
      variables: { input: { email, password } },
    }),
  });
  const cookie = response.headers
    .getSetCookie()
    .find((value) => value.startsWith('forum_session='));
  if (!cookie) throw new Error(`Could not sign in as ${email}: ${await response.text()}`);
  return cookie.split(';')[0]!;
}

/** Runs the product's own consistency check until it finds no difference. */
async function indexConverged(env: NodeJS.ProcessEnv): Promise<void> {
  const deadline = Date.now() + 180_000;
  for (;;) {
    const code = await new Promise<number>((resolve) => {
      const check = spawn(
        process.execPath,
        [...typescript, 'apps/api/src/search-index.ts', 'check'],
        { env: { ...env, PORT: '0' }, stdio: 'ignore' },
      );
      check.once('exit', (exitCode) => resolve(exitCode ?? 1));
    });
    if (code === 0) return;
    if (Date.now() > deadline) throw new Error('The search index did not converge in 180 s');
    await sleep(1_000);
  }
}

/** A GraphQL request over HTTP; fails on errors. */
export async function graphql<T>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  cookie?: string,
): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(cookie ? { cookie } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors?.length)
    throw new Error(`GraphQL failed: ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

/** Removes a run's own indexes (Meilisearch's REST API; the run may share a server). */
export async function deleteIndexes(url: string, key: string | undefined, prefix: string) {
  const headers = key ? { authorization: `Bearer ${key}` } : undefined;
  const listed = (await fetch(`${url}/indexes?limit=1000`, { headers }).then((r) => r.json())) as {
    results: Array<{ uid: string }>;
  };
  for (const { uid } of listed.results.filter((index) => index.uid.startsWith(prefix)))
    await fetch(`${url}/indexes/${uid}`, { method: 'DELETE', headers });
}
