import { parseArgs } from 'node:util';
import { startDevServices } from '@forum/tools/dev-services';
import pg from 'pg';
import { deleteIndexes, startEvaluationApi } from './evaluation-api.js';
import { loadEvaluationSet } from './evaluation-set.js';
import { embedderDescription, summarise, writeReports } from './report.js';
import { loadCorpus, runPaths } from './run-evaluation.js';

/**
 * `npm run search:eval -- --label <name> --description <text>`: loads the judged set into a fresh
 * database through the real API, runs every query and duplicate pair through `search`,
 * `similarQuestions` and the ask form's title-only lookup, and adds the figures as a run of that
 * label to docs/search-evaluation.{json,md}. Uses DATABASE_URL / MEILI_URL when set (the database
 * must then be empty), embedded servers of its own otherwise.
 */
const { values } = parseArgs({
  options: {
    label: { type: 'string', default: 'current' },
    description: { type: 'string', default: 'the relevance settings of this commit' },
  },
});

const services = await startDevServices({
  dataDir: process.env['FORUM_SEARCH_EVAL_DATA_DIR'] ?? '.data/search-eval',
  databaseUrl: process.env['DATABASE_URL'] || undefined,
  meiliUrl: process.env['MEILI_URL'] || undefined,
  meiliMasterKey: process.env['MEILI_MASTER_KEY'] || undefined,
  postgresPort: 54341,
  meiliPort: 7712,
  database: 'forum_search_eval',
});
const indexPrefix = `eval_${Date.now().toString(36)}_`;
let exitCode = 0;
try {
  if (services.adminDatabaseUrl) {
    const database = new URL(services.databaseUrl).pathname.slice(1);
    const admin = new pg.Client({ connectionString: services.adminDatabaseUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${database}"`);
    await admin.end();
  }
  const set = loadEvaluationSet();
  const started = performance.now();
  const api = await startEvaluationApi(services, indexPrefix);
  try {
    const keyById = await loadCorpus(api, set.questions);
    await api.indexConverged();
    process.stdout.write(
      `Corpus of ${keyById.size} questions written and indexed in ${((performance.now() - started) / 1000).toFixed(0)} s\n`,
    );
    const outcomes = await runPaths(api, set, keyById);
    const run = summarise(
      outcomes,
      set,
      {
        label: values.label!,
        description: values.description!,
        embedder: embedderDescription(process.env['SEARCH_EMBEDDER']),
      },
      new Date(),
    );
    writeReports(run, set);
    for (const [path, figures] of Object.entries(run.figures))
      process.stdout.write(
        `${path.padEnd(17)} recall@5 ${figures.all.recallAt5.toFixed(3)}  MRR ${figures.all.mrr.toFixed(3)}  ` +
          `nDCG@10 ${figures.all.ndcgAt10.toFixed(3)}  misses ${run.misses.filter((m) => m.path === path).length}\n`,
      );
    process.stdout.write('Wrote docs/search-evaluation.md and docs/search-evaluation.json\n');
  } finally {
    await api.stop();
    await deleteIndexes(services.meiliUrl, services.meiliMasterKey, indexPrefix);
  }
} catch (error) {
  process.stderr.write(`search:eval: ${(error as Error).stack ?? String(error)}\n`);
  exitCode = 1;
} finally {
  await services.stop();
}
process.exit(exitCode);
