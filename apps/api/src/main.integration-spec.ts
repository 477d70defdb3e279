import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { createTestDatabase, readTestEnvironment } from '@forum/api/test-env';
import { freePort } from '@forum/tools/dev-services';

const workspaceRoot = join(import.meta.dirname, '../../..');

/**
 * How long one start may take. The entry point runs through the TypeScript loader, which compiles
 * the whole API first: seconds on an idle machine, far more on a busy one.
 */
const startMs = 60_000;

/** Starts the real API entry point and collects what it prints before it exits. */
function startApi(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', '@swc-node/register/esm-register', 'apps/api/src/main.ts'],
      {
        cwd: workspaceRoot,
        env: { PATH: process.env['PATH'] ?? '', PORT: '0', ...env },
        // A start that hangs is killed, so the test fails on its output instead of leaving it.
        timeout: startMs,
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('exit', (code) => resolve({ code, stderr }));
  });
}

describe('API start-up with a bad environment', () => {
  const env = readTestEnvironment();
  const search = { MEILI_URL: env.meiliUrl, MEILI_MASTER_KEY: env.meiliMasterKey ?? '' };

  it(
    'names missing configuration in one line',
    async () => {
      const { code, stderr } = await startApi({});
      expect(code).toBe(1);
      expect(stderr).toMatch(
        /^forum-api: Invalid configuration: DATABASE_URL is required.*; MEILI_URL is required.*\n$/,
      );
    },
    startMs + 10_000,
  );

  it(
    'explains an unreachable database in one line',
    async () => {
      const { code, stderr } = await startApi({
        ...search,
        DATABASE_URL: 'postgres://forum:forum@127.0.0.1:9/forum',
      });
      expect(code).toBe(1);
      expect(stderr).toBe(
        'forum-api: Cannot reach PostgreSQL at 127.0.0.1:9 (ECONNREFUSED). Check DATABASE_URL, or unset it and run "npm start" to use the embedded database.\n',
      );
    },
    startMs + 10_000,
  );

  it(
    'explains wrong database credentials in one line',
    async () => {
      const url = new URL(env.adminDatabaseUrl);
      url.password = 'wrong-password';
      const { code, stderr } = await startApi({ ...search, DATABASE_URL: url.toString() });
      expect(code).toBe(1);
      expect(stderr).toMatch(
        /^forum-api: PostgreSQL at 127\.0\.0\.1:\d+ rejected the credentials in DATABASE_URL \(.*\)\.\n$/,
      );
    },
    startMs + 10_000,
  );

  it(
    'starts without Meilisearch, warns in one line and reports search as degraded',
    async () => {
      const database = await createTestDatabase();
      const port = await freePort();
      const child = spawn(
        process.execPath,
        ['--import', '@swc-node/register/esm-register', 'apps/api/src/main.ts'],
        {
          cwd: workspaceRoot,
          env: {
            PATH: process.env['PATH'] ?? '',
            NODE_ENV: 'test',
            LOG_LEVEL: 'warn',
            PORT: String(port),
            DATABASE_URL: database.url,
            MEILI_URL: 'http://127.0.0.1:2',
          },
          timeout: startMs,
        },
      );
      try {
        let stdout = '';
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
        const exited = new Promise((resolve) => child.once('exit', resolve));
        await Promise.race([
          new Promise<void>((resolve) =>
            child.stdout.on('data', () => stdout.includes('API listening') && resolve()),
          ),
          exited,
        ]);
        const lines = stdout
          .trim()
          .split('\n')
          .map((line) => JSON.parse(line) as { level: number; msg: string });
        expect(lines[0]).toMatchObject({
          level: 40,
          msg: expect.stringMatching(
            /^Cannot reach Meilisearch at http:\/\/127\.0\.0\.1:2 \(ECONNREFUSED\)\. .*Starting without search\.$/,
          ),
        });
        expect(lines.at(-1)?.msg).toBe(`API listening on http://127.0.0.1:${port}/graphql`);

        const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
        expect(ready.status).toBe(200);
        expect(await ready.json()).toMatchObject({
          status: 'degraded',
          degraded: ['search'],
          database: { status: 'UP' },
          search: { status: 'DOWN' },
        });
      } finally {
        child.kill('SIGTERM');
        await new Promise((resolve) =>
          child.exitCode !== null ? resolve(null) : child.once('exit', resolve),
        );
        await database.drop();
      }
    },
    startMs + 30_000,
  );
});
