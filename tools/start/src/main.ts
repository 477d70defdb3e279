import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { type MailCatcher, startDevServices, startMailCatcher } from '@forum/tools/dev-services';

/**
 * `npm start`: the whole product on one machine. Starts PostgreSQL and Meilisearch when no
 * DATABASE_URL / MEILI_URL is set, applies migrations, seeds an empty database, then runs the
 * API and the web app until Ctrl-C, which stops everything it started.
 */
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

const children = new Set<ChildProcess>();
let stopping = false;

async function shutDown(exitCode: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    say('stopping...');
    for (const child of children) child.kill('SIGTERM');
    await Promise.all(
      [...children].map((child) => new Promise((resolve) => child.once('exit', resolve))),
    );
    await mailCatcher?.stop();
    await services.stop();
    say('stopped.');
  }
  process.exit(exitCode);
}
process.on('SIGINT', () => void shutDown(0));
process.on('SIGTERM', () => void shutDown(0));

function run(
  name: string,
  args: string[],
  { longRunning }: { longRunning: boolean },
): ChildProcess {
  const child = spawn(process.execPath, args, { env, stdio: 'inherit' });
  children.add(child);
  child.once('exit', (code, signal) => {
    children.delete(child);
    if (longRunning && !stopping) {
      process.stderr.write(`[start] ${name} exited (${signal ?? code}); stopping everything.\n`);
      void shutDown(1);
    }
  });
  return child;
}

async function runToCompletion(name: string, args: string[]): Promise<void> {
  const child = run(name, args, { longRunning: false });
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

run(
  'api',
  [
    ...typescript,
    '--watch-path=apps/api/src',
    '--watch-path=libs/api',
    '--watch-path=libs/shared',
    'apps/api/src/main.ts',
  ],
  {
    longRunning: true,
  },
);
run('web', ['node_modules/vite/bin/vite.js', '--config', 'apps/web/vite.config.ts'], {
  longRunning: true,
});

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
