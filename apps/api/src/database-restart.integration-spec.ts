import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runMigrations } from '@forum/api/database';
import { DatabaseConfig, SearchConfig } from '@forum/api/platform';
import { deleteSearchIndexes } from '@forum/api/search';
import { readTestEnvironment } from '@forum/api/test-env';
import { freePort, type RunningPostgres, startEmbeddedPostgres } from '@forum/tools/dev-services';
import pg from 'pg';
import WebSocket from 'ws';

const workspaceRoot = join(import.meta.dirname, '../../..');
/** The entry point compiles the whole API through the TypeScript loader first. */
const startMs = 90_000;

interface Answer {
  at: 'before' | 'outage' | 'after';
  /** When the answer arrived (Date.now()). */
  receivedAt: number;
  status: number;
  errors?: Array<{ message: string; extensions?: { code?: string; reason?: string } }>;
  data?: Record<string, unknown> | null;
}

interface LogLine {
  level: number;
  msg: string;
  context?: string;
}

const membersDocument = '{ me { id } questions(first: 3) { totalCount } }';
const visitorsDocument = '{ questions(first: 3) { totalCount } }';

/**
 * A private PostgreSQL (the shared test server keeps running for every other test), restarted
 * while a signed-in member and an anonymous visitor keep asking the real API process.
 */
describe('the API across a PostgreSQL restart', () => {
  const env = readTestEnvironment();
  const indexPrefix = `t_${env.runId}_${randomBytes(3).toString('hex')}_`;
  let dataDir: string;
  let postgresPort: number;
  let postgres: RunningPostgres | undefined;
  let api: ChildProcessWithoutNullStreams | undefined;
  let apiUrl: string;
  const logs: LogLine[] = [];
  let stderr = '';
  let memberCookie: string;

  const startPostgres = () =>
    startEmbeddedPostgres({ dataDir, port: postgresPort, database: 'forum' });

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'forum-pg-restart-'));
    postgresPort = await freePort();
    postgres = await startPostgres();
    await runMigrations(new DatabaseConfig(postgres.url, 1));

    const token = randomBytes(32).toString('base64url');
    const client = new pg.Client({ connectionString: postgres.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ id: string }>(
        `INSERT INTO user_account (email, display_name, email_verified_at) VALUES ($1, 'Restart Member', now()) RETURNING id`,
        [`restart-${randomBytes(4).toString('hex')}@example.com`],
      );
      await client.query(
        `INSERT INTO user_session (token_hash, user_id, last_seen_at, expires_at) VALUES ($1, $2, now(), now() + interval '1 day')`,
        [createHash('sha256').update(token).digest('hex'), rows[0]!.id],
      );
    } finally {
      await client.end();
    }
    memberCookie = `forum_session=${token}`;

    const port = await freePort();
    apiUrl = `http://127.0.0.1:${port}`;
    api = spawn(
      process.execPath,
      ['--import', '@swc-node/register/esm-register', 'apps/api/src/main.ts'],
      {
        cwd: workspaceRoot,
        env: {
          PATH: process.env['PATH'] ?? '',
          NODE_ENV: 'test',
          LOG_LEVEL: 'info',
          PORT: String(port),
          DATABASE_URL: postgres.url,
          DATABASE_POOL_SIZE: '4',
          MEILI_URL: env.meiliUrl,
          MEILI_MASTER_KEY: env.meiliMasterKey ?? '',
          MEILI_INDEX_PREFIX: indexPrefix,
        },
      },
    );
    api.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    let pending = '';
    api.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith('{')) logs.push(JSON.parse(line) as LogLine);
      }
    });
    const deadline = Date.now() + startMs;
    while (!logs.some((line) => line.msg.startsWith('API listening'))) {
      if (api.exitCode !== null || Date.now() > deadline)
        throw new Error(`The API did not start: ${JSON.stringify(logs)}`);
      await sleep(100);
    }
  }, startMs + 60_000);

  afterAll(async () => {
    if (api && api.exitCode === null) {
      const exited = new Promise((resolve) => api!.once('exit', resolve));
      api.kill('SIGTERM');
      await exited;
    }
    await postgres?.stop();
    await rm(dataDir, { recursive: true, force: true });
    await deleteSearchIndexes(new SearchConfig(env.meiliUrl, env.meiliMasterKey, indexPrefix));
  }, 60_000);

  it('answers SERVICE_UNAVAILABLE to everyone while it is down, logs the outage twice and recovers by itself', async () => {
    let phase: Answer['at'] = 'before';
    const ask = async (cookie: string | undefined): Promise<Answer> => {
      const response = await fetch(`${apiUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
        body: JSON.stringify({ query: cookie ? membersDocument : visitorsDocument }),
      });
      const body = (await response.json()) as Pick<Answer, 'errors' | 'data'>;
      return { at: phase, receivedAt: Date.now(), status: response.status, ...body };
    };
    const member: Answer[] = [];
    const visitor: Answer[] = [];
    let running = true;
    const keepAsking = async (answers: Answer[], cookie?: string) => {
      while (running) {
        answers.push(await ask(cookie));
        await sleep(50);
      }
    };
    const callers = Promise.all([keepAsking(member, memberCookie), keepAsking(visitor)]);
    const waitUntil = async (done: () => boolean, timeoutMs: number, what: string) => {
      const deadline = Date.now() + timeoutMs;
      while (!done()) {
        if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}`);
        await sleep(50);
      }
    };
    const refused = (answer: Answer) =>
      answer.errors?.[0]?.extensions?.reason === 'DATABASE_UNAVAILABLE';
    const succeeded = (answer: Answer) => answer.status === 200 && !answer.errors;
    let restartedAt = 0;
    let socketClose: { code: number; reason: string } | undefined;
    let exportDuringOutage: unknown;
    /** A signed-in browser's live-updates socket: how the server closes it, if it does. */
    const openSocket = () =>
      new Promise<{ code: number; reason: string }>((resolve, reject) => {
        const socket = new WebSocket(
          apiUrl.replace('http', 'ws') + '/graphql',
          'graphql-transport-ws',
          {
            headers: { origin: 'http://localhost:4200', cookie: memberCookie },
          },
        );
        socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
        socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() }));
        socket.on('error', reject);
        setTimeout(() => socket.terminate(), 10_000).unref();
      });

    try {
      await waitUntil(() => member.length > 3 && visitor.length > 3, 10_000, 'both asked');
      phase = 'outage';
      await postgres!.stop();
      postgres = undefined;
      await waitUntil(
        () => member.some(refused) && visitor.some(refused),
        15_000,
        'both were refused',
      );
      socketClose = await openSocket();
      const exported = await fetch(`${apiUrl}/exports/audit.csv`, {
        headers: { cookie: memberCookie },
      });
      exportDuringOutage = {
        status: exported.status,
        retryAfter: exported.headers.get('retry-after'),
        body: await exported.json(),
      };
      await sleep(1_000);
      postgres = await startPostgres();
      phase = 'after';
      restartedAt = Date.now();
      await waitUntil(
        () =>
          member.some((a) => a.at === 'after' && succeeded(a)) &&
          visitor.some((a) => a.at === 'after' && succeeded(a)),
        30_000,
        'both succeeded again',
      );
      await sleep(500);
    } finally {
      running = false;
      await callers;
    }

    for (const answers of [member, visitor]) {
      expect(answers.filter((a) => a.at === 'before').every(succeeded)).toBe(true);
      // Every answer is a success or the typed refusal: never INTERNAL_SERVER_ERROR, never a
      // plain HTTP 500.
      const unexpected = answers.filter((a) => !succeeded(a) && !refused(a));
      expect(unexpected).toEqual([]);
      const refusal = answers.find(refused)!;
      expect(refusal.status).toBe(200);
      expect(refusal.errors?.[0]).toMatchObject({
        message: 'The community is briefly unavailable. Please try again in a few seconds.',
        extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'DATABASE_UNAVAILABLE' },
      });
      // Recovered without restarting the API: the last answers all succeed.
      expect(answers.slice(-3).every(succeeded)).toBe(true);
    }
    // A live-updates socket opened during the outage is told to try again later, not failed.
    expect(socketClose).toEqual({ code: 1013, reason: 'Service briefly unavailable' });
    // Outside GraphQL (exports, single sign-on), the same code and reason with HTTP 503.
    expect(exportDuringOutage).toEqual({
      status: 503,
      retryAfter: '5',
      body: {
        code: 'SERVICE_UNAVAILABLE',
        reason: 'DATABASE_UNAVAILABLE',
        message: 'The community is briefly unavailable. Please try again in a few seconds.',
      },
    });

    const lastMember = member.at(-1)!;
    expect((lastMember.data?.['me'] as { id: string } | null)?.id).toMatch(/^[0-9a-f-]{36}$/);

    // Let the outage probe notice (it asks every second), then read what the API logged.
    await waitUntil(
      () => logs.some((line) => line.msg === 'PostgreSQL reachable again'),
      10_000,
      'the API logged the recovery',
    );
    const requestsAnswered = member.length + visitor.length;
    const outageLines = logs.filter((line) => line.msg.startsWith('PostgreSQL unreachable'));
    const recoveryLines = logs.filter((line) => line.msg === 'PostgreSQL reachable again');
    const unexpectedErrors = logs.filter(
      (line) =>
        line.msg === 'Unexpected error in GraphQL request' || line.context === 'ExceptionsHandler',
    );
    const warningsAndErrors = logs.filter((line) => line.level >= 40);
    const recoveryMs = (answers: Answer[]) =>
      answers.find((a) => a.at === 'after' && succeeded(a))!.receivedAt - restartedAt;
    process.stdout.write(
      `PostgreSQL restart: ${requestsAnswered} requests, ${member.filter(refused).length + visitor.filter(refused).length} refused; ` +
        `first success ${recoveryMs(member)} ms (member) and ${recoveryMs(visitor)} ms (visitor) after PostgreSQL accepted connections again; ` +
        `${warningsAndErrors.length} warning/error log lines: ${JSON.stringify(warningsAndErrors.map((line) => line.msg))}\n`,
    );
    expect(outageLines).toHaveLength(1);
    expect(recoveryLines).toHaveLength(1);
    expect(unexpectedErrors).toEqual([]);
    expect(stderr).toBe('');
  }, 120_000);
});
