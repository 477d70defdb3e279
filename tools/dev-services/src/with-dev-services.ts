import { spawn } from 'node:child_process';
import { startDevServices } from './lib/dev-services.js';

/**
 * Runs a command with DATABASE_URL and MEILI_URL pointing at working servers: the ones already
 * configured, the ones a running `npm start` uses, or embedded ones started for the command.
 *   with-dev-services -- node apps/api/src/migrate.ts
 */
const separator = process.argv.indexOf('--');
const command = separator >= 0 ? process.argv.slice(separator + 1) : [];
if (command.length === 0) {
  process.stderr.write('usage: with-dev-services -- <command> [args...]\n');
  process.exit(2);
}

const services = await startDevServices({
  dataDir: process.env['FORUM_DATA_DIR'] ?? '.data',
  databaseUrl: process.env['DATABASE_URL'] || undefined,
  meiliUrl: process.env['MEILI_URL'] || undefined,
  meiliMasterKey: process.env['MEILI_MASTER_KEY'] || undefined,
}).catch((error: Error) => {
  process.stderr.write(`dev-services: ${error.message}\n`);
  process.exit(1);
});

const child = spawn(command[0] as string, command.slice(1), {
  stdio: 'inherit',
  env: {
    ...process.env,
    DATABASE_URL: services.databaseUrl,
    MEILI_URL: services.meiliUrl,
    MEILI_MASTER_KEY: services.meiliMasterKey ?? '',
  },
});
const forward = (signal: NodeJS.Signals) => child.kill(signal);
process.on('SIGINT', forward);
process.on('SIGTERM', forward);
const exitCode = await new Promise<number>((resolve) =>
  child.once('exit', (code) => resolve(code ?? 1)),
);
await services.stop();
process.exit(exitCode);
