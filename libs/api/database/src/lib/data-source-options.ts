import type { DatabaseConfig } from '@forum/api/platform';
import { DataSource, type DataSourceOptions, type EntitySchema, type MixedList } from 'typeorm';
import { migrations } from '../migrations/index.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type EntityList = MixedList<Function | string | EntitySchema>;

export function createDataSourceOptions(
  config: DatabaseConfig,
  entities: EntityList = [],
): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.url,
    entities,
    migrations,
    migrationsTableName: 'typeorm_migration',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    // gen_random_uuid() is built into PostgreSQL 13+; extensions come from migrations only.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    synchronize: false,
    logging: false,
    extra: { max: config.poolSize, application_name: 'forum-api', ...sessionLimits(config) },
  };
}

/**
 * Settings node-postgres sends when it opens a connection: PostgreSQL cancels a statement that
 * runs longer than the limit (SQLSTATE 57014, the client sees REQUEST_TIMEOUT) and ends a session
 * left idle inside a transaction, so neither holds locks or a pooled connection for long.
 */
function sessionLimits(config: DatabaseConfig) {
  return {
    statement_timeout: config.statementTimeoutMs,
    idle_in_transaction_session_timeout: config.idleInTransactionTimeoutMs,
  };
}

/** Applies every pending migration and returns the names of those it ran. */
export async function runMigrations(config: DatabaseConfig): Promise<string[]> {
  const maintenance = config.forMaintenance();
  const dataSource = new DataSource({
    ...createDataSourceOptions(maintenance),
    extra: { max: 1, ...sessionLimits(maintenance) },
  });
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}
