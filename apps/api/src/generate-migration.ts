import 'reflect-metadata';
import { createDataSourceOptions, writeMigration } from '@forum/api/database';
import { mailEntities } from '@forum/api/mail';
import { type ApiDomain, loadDatabaseConfigFromEnvironment } from '@forum/api/platform';
import { DataSource } from 'typeorm';
import { apiDomains } from '@forum/api/composition';

/**
 * `npm run db:migration:generate -- <Name>`: brings a database up to the latest migration,
 * compares it with the entities and writes the difference as a new migration to review.
 */
const name = process.argv[2];
if (!name) {
  process.stderr.write('usage: npm run db:migration:generate -- <PascalCaseName>\n');
  process.exit(2);
}
const dataSource = await new DataSource(
  createDataSourceOptions(loadDatabaseConfigFromEnvironment(), [
    ...apiDomains.flatMap((domain: ApiDomain) => domain.entities),
    ...mailEntities,
  ]),
).initialize();
try {
  await dataSource.runMigrations({ transaction: 'each' });
  const { upQueries, downQueries } = await dataSource.driver.createSchemaBuilder().log();
  if (upQueries.length === 0) {
    process.stdout.write('The entities and the migrations agree; nothing to generate.\n');
  } else {
    const file = writeMigration(
      name,
      upQueries.map((query) => query.query),
      downQueries.reverse().map((query) => query.query),
    );
    process.stdout.write(`Created ${file}: review it before committing.\n`);
  }
} finally {
  await dataSource.destroy();
}
