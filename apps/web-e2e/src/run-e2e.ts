import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort, startDevServices, startMailCatcher } from '@forum/tools/dev-services';

/**
 * Runs the browser journeys against the product as it ships: the bundled API in production mode
 * and the built web app, on fresh PostgreSQL and Meilisearch servers (or DATABASE_URL /
 * MEILI_URL), then stops everything it started. Arguments go to Jest, so
 * `npm run e2e -- ideas` runs only the journeys whose file names match.
 */
const dataDir = await mkdtemp(join(tmpdir(), 'forum-e2e-'));
await chmod(dataDir, 0o755);
const [postgresPort, meiliPort, apiPort, webPort] = await Promise.all([
  freePort(),
  freePort(),
  freePort(),
  freePort(),
]);
const services = await startDevServices({
  dataDir,
  databaseUrl: process.env['DATABASE_URL'] || undefined,
  meiliUrl: process.env['MEILI_URL'] || undefined,
  meiliMasterKey: process.env['MEILI_MASTER_KEY'] || undefined,
  postgresPort,
  meiliPort,
  database: 'forum_e2e',
});
const mailCatcher = await startMailCatcher({ smtpPort: 0, httpPort: 0 });
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  FORUM_VERSION: (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version,
  LOG_LEVEL: 'warn',
  DATABASE_URL: services.databaseUrl,
  MEILI_URL: services.meiliUrl,
  MEILI_MASTER_KEY: services.meiliMasterKey ?? '',
  MEILI_INDEX_PREFIX: 'e2e_',
  SMTP_URL: mailCatcher.smtpUrl,
  E2E_INBOX_URL: mailCatcher.inboxUrl,
  PORT: String(apiPort),
  WEB_PORT: String(webPort),
  API_URL: `http://127.0.0.1:${apiPort}`,
  WEB_ORIGIN: `http://127.0.0.1:${webPort}`,
  E2E_BASE_URL: `http://127.0.0.1:${webPort}`,
  // As in production: the built web app sends document hashes, the API runs only those.
  TRUSTED_DOCUMENTS: 'required',
  TRUSTED_DOCUMENTS_MANIFEST: 'dist/apps/api/persisted-documents.json',
  // Every journey's browser signs up from this one address, more often than production's five
  // sign-ups per address and hour; write-limits.integration-spec.ts proves the limits themselves.
  WRITE_LIMIT_SIGN_UP: '50/1h',
  // The support-desk journey moves the API's clock days ahead to see reminders and escalations.
  TEST_CLOCK_OFFSET_FILE: join(dataDir, 'clock-offset'),
};
const children: ChildProcess[] = [];
const start = (args: string[]) => {
  const child = spawn(process.execPath, args, { env, stdio: 'inherit' });
  children.push(child);
  return child;
};

let exitCode = 1;
try {
  const migrate = start(['dist/apps/api/migrate.mjs']);
  if ((await exitOf(migrate)) !== 0) throw new Error('migrations failed');
  // The journeys act as the demo people (experts, customers) on the demo questions.
  if ((await exitOf(start(['dist/apps/api/seed.mjs']))) !== 0) throw new Error('demo data failed');
  start(['dist/apps/api/main.mjs']);
  start(['node_modules/vite/bin/vite.js', 'preview', '--config', 'apps/web/vite.config.ts']);
  await waitFor(`http://127.0.0.1:${apiPort}/readyz`);
  await waitFor(`http://127.0.0.1:${webPort}/`);
  exitCode = await exitOf(
    start([
      '--experimental-vm-modules',
      '--disable-warning=ExperimentalWarning',
      'node_modules/jest/bin/jest.js',
      '-c',
      'apps/web-e2e/jest.e2e.config.js',
      ...process.argv.slice(2),
    ]),
  );
} catch (error) {
  process.stderr.write(`e2e: ${(error as Error).message}\n`);
} finally {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  await Promise.all(children.map((child) => (child.exitCode === null ? exitOf(child) : undefined)));
  await mailCatcher.stop();
  await services.stop();
  await rm(dataDir, { recursive: true, force: true });
}
process.exit(exitCode);

function exitOf(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code ?? 1));
  });
}

async function waitFor(url: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await sleep(250);
  }
  throw new Error(`${url} did not answer within a minute`);
}
