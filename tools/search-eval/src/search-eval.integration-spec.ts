import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestDatabase, readTestEnvironment, type TestDatabase } from '@forum/api/test-env';
import { deleteIndexes, type EvaluationApi, startEvaluationApi } from './evaluation-api.js';
import { ciSlice, loadEvaluationSet } from './evaluation-set.js';
import { figuresOf, type ItemOutcome } from './metrics.js';
import { paths, readHistory } from './report.js';
import { loadCorpus, runPaths } from './run-evaluation.js';

/**
 * The CI slice of the judged set (every eighth query, every seventh duplicate pair) over the whole
 * corpus, through the real API and Meilisearch. Fails when a figure drops more than `tolerance`
 * below the one the committed report (docs/search-evaluation.json, latest run) has for the same
 * slice: a relevance change that makes search worse has to show up in the report first.
 */
// One item of the 33 pairs in the slice is 0.03; ties between equally good hits may flip one.
const tolerance = 0.05;

describe('search relevance (CI slice of the judged set)', () => {
  const env = readTestEnvironment();
  const prefix = `t_${env.runId}_eval_`;
  let database: TestDatabase;
  let api: EvaluationApi;
  let outcomes: ItemOutcome[];

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await startEvaluationApi(
      { databaseUrl: database.url, meiliUrl: env.meiliUrl, meiliMasterKey: env.meiliMasterKey },
      prefix,
    );
    const set = loadEvaluationSet();
    const keyById = await loadCorpus(api, set.questions);
    await api.indexConverged();
    outcomes = await runPaths(api, ciSlice(set), keyById);
  }, 600_000);

  afterAll(async () => {
    await api?.stop();
    await deleteIndexes(env.meiliUrl, env.meiliMasterKey, prefix);
    await database?.drop();
  });

  const committed = readHistory().runs.at(-1)!;

  it.each(paths)('%s keeps the committed figures within the tolerance', (path) => {
    const measured = figuresOf(outcomes.filter((outcome) => outcome.path === path));
    const expected = committed.slice[path];
    expect(measured.count).toBe(expected.count);
    const drops = (['recallAt5', 'mrr', 'ndcgAt10'] as const)
      .filter((metric) => measured[metric] < expected[metric] - tolerance)
      .map((metric) => `${metric} ${measured[metric]} (committed ${expected[metric]})`);
    expect(drops).toEqual([]);
  });
});
