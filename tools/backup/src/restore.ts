import { parseArgs } from 'node:util';
import { reindexSearch, restoreDatabase } from './lib/backup.js';

/**
 * npm run restore -- --from <file> [--force]
 * Restores a backup into the database of DATABASE_URL (created when missing; refused when it
 * already has tables unless --force), then rebuilds the search index from it.
 */
const { values } = parseArgs({
  options: { from: { type: 'string' }, force: { type: 'boolean', default: false } },
});
const databaseUrl = process.env['DATABASE_URL'];
if (!values.from || !databaseUrl) {
  process.stderr.write(
    'usage: npm run restore -- --from <file> [--force]   (restores into DATABASE_URL)\n',
  );
  process.exit(2);
}
try {
  const started = Date.now();
  await restoreDatabase(databaseUrl, values.from, { force: values.force });
  process.stdout.write(
    `Restored ${values.from} in ${((Date.now() - started) / 1000).toFixed(1)} s; rebuilding the search index.\n`,
  );
} catch (error) {
  process.stderr.write(`restore: ${(error as Error).message}\n`);
  process.exit(1);
}
try {
  await reindexSearch(process.env, databaseUrl);
} catch (error) {
  process.stderr.write(
    `restore: the database is restored, but the search index is not: ${(error as Error).message}. ` +
      'Run "npm run search:reindex" once Meilisearch answers.\n',
  );
  process.exit(1);
}
