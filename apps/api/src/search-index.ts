import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { differenceCount, IndexMaintenance } from '@forum/api/community-search';
import { forMaintenance, loadConfigFromEnvironment } from '@forum/api/platform';
import { AppModule } from '@forum/api/composition';

/**
 * Search index maintenance:
 *   reindex          rebuild the index from PostgreSQL into a new index and swap it in
 *   check [--repair] report documents missing from, stale in or extra in the index; with
 *                    --repair, queue them for the indexer. Exits 1 when differences were found.
 */
const [command, option] = process.argv.slice(2);
if (command !== 'reindex' && command !== 'check') {
  process.stderr.write('usage: search-index reindex | check [--repair]\n');
  process.exit(2);
}
// Maintenance statements may run longer than the API's own (DATABASE_MAINTENANCE_STATEMENT_TIMEOUT_MS).
const config = forMaintenance(loadConfigFromEnvironment());
const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), {
  logger: ['error', 'warn'],
});
let exitCode = 0;
try {
  const maintenance = app.get(IndexMaintenance);
  if (command === 'reindex') {
    const started = Date.now();
    const { documents, requeued } = await maintenance.rebuild();
    process.stdout.write(
      `Rebuilt the search index with ${documents} documents in ${((Date.now() - started) / 1000).toFixed(1)} s; ` +
        `${requeued} changed during the rebuild and were queued again.\n`,
    );
  } else {
    const report = await maintenance.check();
    const differences = differenceCount(report);
    process.stdout.write(
      `Checked ${report.checked} posts: ${report.missing.length} missing, ${report.stale.length} stale, ` +
        `${report.extra.length} extra in the index.\n`,
    );
    for (const [kind, refs] of Object.entries({
      missing: report.missing,
      stale: report.stale,
      extra: report.extra,
    })) {
      for (const ref of refs.slice(0, 20))
        process.stdout.write(`  ${kind}: ${ref.type} ${ref.id}\n`);
    }
    if (differences > 0 && option === '--repair') {
      process.stdout.write(`Queued ${await maintenance.repair(report)} posts for re-indexing.\n`);
    }
    exitCode = differences > 0 ? 1 : 0;
  }
} finally {
  await app.close();
}
process.exit(exitCode);
