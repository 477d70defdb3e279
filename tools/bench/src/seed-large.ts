import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runMigrations } from '@forum/api/database';
import { DatabaseConfig } from '@forum/api/platform';
import pg from 'pg';
import { apiEnvironment, startBenchServices } from './bench-services.js';
import { largeDataSizes, largeDataSteps } from './large-data.js';
import { nodeWithTypeScript, run, seconds } from './process.js';

/**
 * `npm run seed:large`: a fresh benchmark database with the data volumes, then the search
 * index built from it by the product's own reindex command.
 */
const services = await startBenchServices();
const started = performance.now();
try {
  if (services.adminDatabaseUrl) {
    const database = new URL(services.databaseUrl).pathname.slice(1);
    const admin = new pg.Client({ connectionString: services.adminDatabaseUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${database}"`);
    await admin.end();
  }
  await runMigrations(new DatabaseConfig(services.databaseUrl, 2));
  const client = new pg.Client({ connectionString: services.databaseUrl });
  await client.connect();
  try {
    const [{ count }] = (await client.query('SELECT count(*)::int AS count FROM question')).rows;
    if (count > 0)
      throw new Error('The benchmark database is not empty; point DATABASE_URL at an empty one.');
    const sizes = largeDataSizes();
    process.stdout.write(`Seeding ${JSON.stringify(sizes)}\n`);
    await client.query('SELECT setseed(0.2026)');
    for (const step of await largeDataSteps(sizes)) {
      const stepStarted = performance.now();
      await step.run(client);
      process.stdout.write(`  ${step.label}: ${seconds(stepStarted)}\n`);
    }
    const counts = (
      await client.query(`SELECT
          (SELECT count(*) FROM organisation)::int AS organisations,
          (SELECT count(*) FROM user_account)::int AS users,
          (SELECT count(*) FROM question)::int AS questions,
          (SELECT count(*) FROM answer)::int AS answers,
          (SELECT count(*) FROM question_vote)::int + (SELECT count(*) FROM answer_vote)::int AS votes,
          (SELECT count(*) FROM idea)::int AS ideas,
          (SELECT count(*) FROM idea_vote)::int AS idea_votes`)
    ).rows[0];
    process.stdout.write(`Database filled in ${seconds(started)}: ${JSON.stringify(counts)}\n`);
    await writeFile(
      join(process.env['FORUM_BENCH_DATA_DIR'] ?? '.data/bench', 'seed.json'),
      JSON.stringify(counts, null, 2),
    );
  } finally {
    await client.end();
  }
  const indexStarted = performance.now();
  await run(
    nodeWithTypeScript[0]!,
    [...nodeWithTypeScript.slice(1), 'apps/api/src/search-index.ts', 'reindex'],
    apiEnvironment(services),
  );
  process.stdout.write(
    `Search index built in ${seconds(indexStarted)}; seed:large done in ${seconds(started)}.\n`,
  );
} finally {
  await services.stop();
}
