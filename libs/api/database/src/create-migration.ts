import { writeMigration } from './lib/migration-writer.js';

/**
 * `npm run db:migration:create -- <Name>` writes an empty migration for changes the entities do
 * not describe (data fixes, extensions); schema changes use `db:migration:generate`.
 */
const name = process.argv[2];
if (!name) {
  process.stderr.write('usage: npm run db:migration:create -- <PascalCaseName>\n');
  process.exit(2);
}
process.stdout.write(`Created ${writeMigration(name, [], [])}\n`);
