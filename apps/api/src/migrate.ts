import 'reflect-metadata';
import { runMigrations } from '@forum/api/database';
import { ConfigError, loadDatabaseConfigFromEnvironment } from '@forum/api/platform';

/** Applies pending migrations and exits; run before starting a new release. */
try {
  const applied = await runMigrations(loadDatabaseConfigFromEnvironment());
  process.stdout.write(
    applied.length ? `Applied migrations: ${applied.join(', ')}\n` : 'No pending migrations.\n',
  );
} catch (error) {
  const message =
    error instanceof ConfigError ? error.message : `migration failed: ${(error as Error).message}`;
  process.stderr.write(`forum-migrate: ${message}\n`);
  process.exit(1);
}
