import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { type RunningApi, startApi } from './api-process.js';
import { apiEnvironment, startBenchServices } from './bench-services.js';
import { benchPassword } from './large-data.js';
import { measureFanout } from './fanout.js';
import { measureHotIdea } from './hot-idea.js';
import { closedLoop, type HttpRequest, httpLoad, type LoadResult, percentile } from './load.js';
import { startMeiliRecorder } from './meili-recorder.js';
import { run } from './process.js';
import { type BenchReport, type ScenarioResult, writeReport } from './report.js';
import { graphqlRequest, operations, type Samples, scenarios } from './scenarios.js';
import { type CapturedRequest, replay, StatementCapture } from './statement-capture.js';
import { searchQueries } from './search-queries.js';

/**
 * `npm run bench`: the production API against the `seed:large` data, driven over HTTP at 1, 8
 * and 32 clients, next to the same SQL replayed straight into PostgreSQL and the same searches
 * sent straight to Meilisearch, in one run. Writes docs/benchmarks.md and docs/benchmarks.json.
 */
const seconds = Number(process.env['BENCH_SECONDS'] ?? 10);
const clientCounts = [1, 8, 32];
/** BENCH_SCENARIOS=search,vote runs only those (for working on one). */
const only = process.env['BENCH_SCENARIOS']?.split(',');
const selected = scenarios.filter((scenario) => !only || only.includes(scenario.name));
const capture = new StatementCapture();
const services = await startBenchServices(capture.onLog);
const databaseName = new URL(services.databaseUrl).pathname.slice(1);
const db = new pg.Client({ connectionString: services.databaseUrl });
await db.connect();
let api: RunningApi | undefined;
try {
  const sizes = (
    await db.query(`SELECT
      (SELECT count(*) FROM question)::int AS questions, (SELECT count(*) FROM answer)::int AS answers,
      (SELECT count(*) FROM question_vote)::int + (SELECT count(*) FROM answer_vote)::int AS votes,
      (SELECT count(*) FROM user_account)::int AS users, (SELECT count(*) FROM organisation)::int AS organisations,
      (SELECT count(*) FROM idea)::int AS ideas, (SELECT count(*) FROM idea_vote)::int AS idea_votes`)
  ).rows[0] as Record<string, number>;
  if (sizes['questions']! < 1000) throw new Error('Run `npm run seed:large` first.');
  process.stdout.write(`Data: ${JSON.stringify(sizes)}\n`);

  process.stdout.write('Building the API and the web app...\n');
  await run(process.execPath, ['apps/api/build.mjs'], process.env);
  await run('npx', ['nx', 'run', 'web:budget', '--skip-nx-cache'], process.env);
  const budget = JSON.parse(await readFile('dist/apps/web/budget.json', 'utf8')) as {
    initial_js_gzip_kb: number;
  };

  // Phase 1: the API with statement logging and a recording proxy, one request at a time.
  const recorder = await startMeiliRecorder(services.meiliUrl);
  await StatementCapture.enable(db, databaseName, true);
  api = await startApi(apiEnvironment(services, { MEILI_URL: recorder.url }));
  const samples = await loadSamples(db, api.url);
  const jobPids = async () =>
    new Set(
      (
        await db.query(
          "SELECT pid FROM pg_stat_activity WHERE application_name <> 'forum-api' OR pid = pg_backend_pid()",
        )
      ).rows.map((row: { pid: number }) => row.pid),
    );
  const captured = new Map<string, { requests: CapturedRequest[]; searches: HttpRequest[] }>();
  for (const scenario of selected) {
    const requests: CapturedRequest[] = [];
    const searches: HttpRequest[] = [];
    const captureStarted = new Date();
    // The first request of a scenario may create what later ones find (a new tag): not replayed.
    for (let i = 0; i <= 20; i++) {
      const request = scenario.next(samples, i);
      let createdId: string | undefined;
      const statements = await capture.during(async () => {
        const response = await send(api!.url, request);
        if (response.errors)
          throw new Error(
            `${scenario.name}: ${JSON.stringify(response.errors)} for ${request.body}`,
          );
        createdId = scenario.created?.(response.data as Record<string, { id: string }>);
      }, jobPids);
      searches.push(...recorder.take());
      if (i > 0) requests.push({ statements, createdId });
    }
    await scenario.undoRecording?.(db, captureStarted);
    captured.set(scenario.name, { requests, searches });
  }
  await api.stop();
  await StatementCapture.enable(db, databaseName, false);
  await recorder.close();

  // Phase 2: the API as in production, under load, with the raw engines in the same run.
  api = await startApi(apiEnvironment(services));
  const pool = new pg.Pool({ connectionString: services.databaseUrl, max: 32 });
  const results: ScenarioResult[] = [];
  for (const scenario of selected) {
    let n = 1_000;
    const nextApi = () => scenario.next(samples, n++);
    await httpLoad(api.url, 8, 3, nextApi); // warm-up
    const { requests, searches } = captured.get(scenario.name)!;
    for (const clients of clientCounts) {
      const through = await httpLoad(api.url, clients, seconds, nextApi);
      let r = 0;
      const raw: LoadResult =
        scenario.engine === 'meilisearch'
          ? await httpLoad(
              services.meiliUrl,
              clients,
              seconds,
              () => searches[r++ % searches.length]!,
            )
          : await closedLoop(clients, seconds, async () => {
              const client = await pool.connect();
              try {
                await replay(client, rolledBack(requests[r++ % requests.length]!, scenario.writes));
              } finally {
                client.release();
              }
            });
      const result: ScenarioResult = {
        scenario: scenario.name,
        clients,
        rps: through.rps,
        p50_ms: through.p50_ms,
        p95_ms: through.p95_ms,
        p99_ms: through.p99_ms,
        errors: through.errors,
        raw_rps: raw.rps,
        raw_p50_ms: raw.p50_ms,
        raw_p95_ms: raw.p95_ms,
        ratio: raw.rps > 0 ? Number((through.rps / raw.rps).toFixed(2)) : 0,
      };
      results.push(result);
      process.stdout.write(`${JSON.stringify(result)}\n`);
    }
  }
  // BENCH_SCENARIOS=hot_idea runs votes on one idea alone among the scenarios.
  const hotIdea =
    !only || only.includes('hot_idea')
      ? await measureHotIdea(db, pool, {
          url: api.url,
          signIn: (email) => signIn(api!.url, email),
          seconds,
        })
      : undefined;
  if (hotIdea) process.stdout.write(`${JSON.stringify({ hotIdea })}\n`);
  await pool.end();

  const searchOverhead = await measureSearchOverhead(api.url, samples);
  const freshness = await measureFreshness(api.url, services, samples);
  // BENCH_SCENARIOS=fanout runs the fan-out measurement alone among the scenarios.
  const fanout =
    !only || only.includes('fanout')
      ? await measureFanout(db, {
          url: api.url,
          cookie: samples.memberCookies[0] ?? '',
          productId: samples.productIds[0] ?? '',
        })
      : undefined;
  if (fanout) process.stdout.write(`${JSON.stringify({ fanout })}\n`);
  const report: BenchReport = {
    generated_at: new Date().toISOString(),
    seconds_per_run: seconds,
    data: sizes,
    scenarios: results,
    search_overhead_p50_ms: searchOverhead.overheadP50,
    search_processing_p50_ms: searchOverhead.processingP50,
    freshness_p50_ms: freshness.apiP50,
    freshness_p95_ms: freshness.apiP95,
    raw_freshness_p50_ms: freshness.rawP50,
    raw_freshness_p95_ms: freshness.rawP95,
    fanout,
    hot_idea: hotIdea,
    api_peak_memory_mb: await api.peakMemoryMb(),
    web_initial_js_gzip_kb: budget.initial_js_gzip_kb,
    statements_per_request: Object.fromEntries(
      [...captured].map(([name, c]) => [
        name,
        Math.round(c.requests.flatMap((request) => request.statements).length / c.requests.length),
      ]),
    ),
  };
  await writeReport(report, db, services.meiliUrl, services.meiliMasterKey);
  process.stdout.write('Wrote docs/benchmarks.md and docs/benchmarks.json\n');
} finally {
  await api?.stop();
  await db.end();
  await services.stop();
}

async function send(
  url: string,
  request: HttpRequest,
): Promise<{ data?: unknown; errors?: unknown }> {
  const response = await fetch(`${url}${request.path}`, {
    method: request.method,
    headers: request.headers,
    body: request.body,
  });
  return (await response.json()) as { data?: unknown; errors?: unknown };
}

/** Writes replay in full but roll back, so the database stays as it was between replays. */
function rolledBack(request: CapturedRequest, writes: boolean | undefined): CapturedRequest {
  if (!writes) return request;
  return {
    ...request,
    statements: request.statements.map((statement) =>
      statement.sql.trim().toUpperCase() === 'COMMIT' ? { sql: 'ROLLBACK', params: [] } : statement,
    ),
  };
}

async function signIn(url: string, email: string): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: operations.signIn,
      variables: { input: { email, password: benchPassword } },
    }),
  });
  const cookie = response.headers
    .getSetCookie()
    .find((value) => value.startsWith('forum_session='));
  if (!cookie) throw new Error(`Could not sign in as ${email}: ${await response.text()}`);
  return cookie.split(';')[0]!;
}

async function loadSamples(db: pg.Client, url: string): Promise<Samples> {
  const ids = async (sql: string) =>
    (await db.query(sql)).rows.map((row: { id: string }) => row.id);
  const members = (
    await db.query(
      "SELECT id, email FROM user_account WHERE role = 'member' AND reputation >= 100 ORDER BY reputation DESC LIMIT 32",
    )
  ).rows as Array<{ id: string; email: string }>;
  const [manager] = (
    await db.query("SELECT email FROM user_account WHERE role = 'product_manager' LIMIT 1")
  ).rows;
  const memberCookies: string[] = [];
  for (const member of members) memberCookies.push(await signIn(url, member.email));
  return {
    questionIds: await ids(
      'SELECT id FROM question WHERE deleted_at IS NULL ORDER BY md5(id::text) LIMIT 5000',
    ),
    // Nobody votes on their own answers.
    answerIds: (
      await db.query(
        'SELECT id FROM answer WHERE deleted_at IS NULL AND author_id <> ALL($1::uuid[]) ORDER BY md5(id::text) LIMIT 5000',
        [members.map((member) => member.id)],
      )
    ).rows.map((row: { id: string }) => row.id),
    productIds: await ids('SELECT id FROM product ORDER BY slug'),
    ideaIds: await ids('SELECT id FROM idea ORDER BY md5(id::text) LIMIT 500'),
    memberCookies,
    productManagerCookie: await signIn(url, manager.email),
    searchQueries: searchQueries(),
    titles: (
      await db.query('SELECT title FROM question ORDER BY md5(id::text) LIMIT 500')
    ).rows.map((row: { title: string }) => row.title),
  };
}

/** What the API adds to a search over Meilisearch's own processing time, one client. */
async function measureSearchOverhead(url: string, samples: Samples) {
  const overheads: number[] = [];
  const processing: number[] = [];
  for (let i = 0; i < 300; i++) {
    const request = graphqlRequest(operations.search, {
      query: samples.searchQueries[i % samples.searchQueries.length],
      first: 20,
    });
    const started = performance.now();
    const response = (await send(url, request)) as {
      data: { search: { processingTimeMs: number } };
    };
    const elapsed = performance.now() - started;
    if (i < 20) continue; // warm-up
    processing.push(response.data.search.processingTimeMs);
    overheads.push(elapsed - response.data.search.processingTimeMs);
  }
  return { overheadP50: percentile(overheads, 50), processingP50: percentile(processing, 50) };
}

/**
 * Post to searchable while the question page is under load at 8 clients: through the API (ask,
 * then poll Meilisearch for the post's unique word) and, alternating, a single document added
 * straight to Meilisearch and polled the same way.
 */
async function measureFreshness(
  url: string,
  services: { meiliUrl: string; meiliMasterKey?: string },
  samples: Samples,
) {
  const questionPage = scenarios.find((scenario) => scenario.name === 'question_page')!;
  let n = 50_000;
  const samplesWanted = 40;
  const load = httpLoad(url, 8, samplesWanted * 2, () => questionPage.next(samples, n++));
  const meili = {
    url: services.meiliUrl,
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${services.meiliMasterKey}`,
    },
  };
  const indexUid = 'posts';
  const searchable = async (word: string) => {
    for (;;) {
      const response = await fetch(`${meili.url}/indexes/${indexUid}/search`, {
        method: 'POST',
        headers: meili.headers,
        body: JSON.stringify({ q: word, limit: 1, attributesToRetrieve: ['id'] }),
      });
      const body = (await response.json()) as { hits: unknown[] };
      if (body.hits.length > 0) return;
      await sleep(5);
    }
  };
  const apiTimes: number[] = [];
  const rawTimes: number[] = [];
  for (let i = 0; i < samplesWanted; i++) {
    const word = `fresh${randomBytes(5).toString('hex')}`;
    let started = performance.now();
    const asked = await send(
      url,
      graphqlRequest(
        operations.ask,
        {
          input: {
            title: `Freshness probe ${word} for the export`,
            body: 'Measuring how fast a post becomes searchable.',
            productId: samples.productIds[0],
          },
        },
        samples.memberCookies[i % samples.memberCookies.length],
      ),
    );
    if (asked.errors) throw new Error(JSON.stringify(asked.errors));
    await searchable(word);
    apiTimes.push(performance.now() - started);

    const rawWord = `raw${randomBytes(5).toString('hex')}`;
    const id = `bench-${rawWord}`;
    started = performance.now();
    await fetch(`${meili.url}/indexes/${indexUid}/documents`, {
      method: 'POST',
      headers: meili.headers,
      body: JSON.stringify([
        {
          id,
          type: 'question',
          title: `Freshness probe ${rawWord}`,
          body: '',
          acceptedAnswer: '',
          answers: [],
          tags: [],
          product: '',
          state: 'open',
          solved: false,
          score: 0,
          answerCount: 0,
          answeredByStaff: false,
          language: 'en',
          createdAt: Date.now(),
          lastActivityAt: Date.now(),
          digest: '',
        },
      ]),
    });
    await searchable(rawWord);
    rawTimes.push(performance.now() - started);
    await fetch(`${meili.url}/indexes/${indexUid}/documents/${id}`, {
      method: 'DELETE',
      headers: meili.headers,
    });
  }
  await load;
  return {
    apiP50: percentile(apiTimes, 50),
    apiP95: percentile(apiTimes, 95),
    rawP50: percentile(rawTimes, 50),
    rawP95: percentile(rawTimes, 95),
  };
}
