import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { backupDatabase } from './lib/backup.js';

/**
 * npm run backup [-- --out <file>]
 * Dumps the database of DATABASE_URL (the development database when it is unset) in pg_dump's
 * custom format; by default to .data/backups/forum-<UTC time>.dump.
 */
const { values } = parseArgs({ options: { out: { type: 'string' } } });
const databaseUrl = process.env['DATABASE_URL'];
if (!databaseUrl) {
  process.stderr.write('backup: DATABASE_URL is not set\n');
  process.exit(2);
}
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const file = values.out ?? join('.data', 'backups', `forum-${stamp}.dump`);
try {
  const started = Date.now();
  const { bytes } = await backupDatabase(databaseUrl, file);
  process.stdout.write(
    `Backed up the database to ${file} (${(bytes / 1024 / 1024).toFixed(1)} MB) in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`,
  );
} catch (error) {
  process.stderr.write(`backup: ${(error as Error).message}\n`);
  process.exit(1);
}
