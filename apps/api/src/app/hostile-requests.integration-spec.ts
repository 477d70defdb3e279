import { request as httpRequest } from 'node:http';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  createForumTestContext,
  createTestApp,
  gql,
  type GraphqlResponse,
  newPerson,
  newSession,
  type TestApp,
  type TestSession,
} from '@forum/api/testing';
import { featureModules } from '@forum/api/composition';
import { type Call, callsTaking } from './schema-probes.js';

/**
 * What a hostile client can send, each kind answered with a typed refusal well within the time
 * the issue allows (100 ms, the median of a few tries so a busy machine does not decide), with the
 * API serving normally right after and its memory no higher than an ordinary workload's.
 */
const answerWithinMs = 100;
const tries = 5;

/** The refusals that name their cause; anything else (INTERNAL_SERVER_ERROR) fails the test. */
const typedCodes = [
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
];

/** Fields whose only text is Markdown that may be this long (answers take up to 30,000). */
const acceptsLongText = new Set(['mutation postAnswer']);

/**
 * A full garbage collection before each workload, so that what one left behind does not count
 * for the next (the test runs without `--expose-gc`; this is how to reach it at run time).
 */
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** `question → answers → author → badges → user → badges → user ...`, `levels` deep. */
function cyclicQuery(levels: number): string {
  let selection = 'id';
  for (let level = 0; level < levels; level++) selection = `badges { user { id ${selection} } }`;
  return `query Cyclic($id: ID!) { question(id: $id) { answers { author { ${selection} } } } }`;
}

describe('hostile requests', () => {
  let api: TestApp;
  let admin: TestSession;
  let questionId: string;
  /** Resident memory of the process that runs the API, highest seen per workload. */
  const peakRss = { normal: 0, hostile: 0 };

  beforeAll(async () => {
    api = await createTestApp(featureModules);
    admin = await newSession(api, await newPerson(api, { role: 'admin' }));
    const forum = createForumTestContext(api);
    questionId = await forum.newQuestion();
    await forum.newAnswer({ questionId });
  }, 60_000);

  afterAll(async () => {
    await api?.close();
  });

  beforeEach(() => collectGarbage());

  function sampleRss(workload: keyof typeof peakRss) {
    peakRss[workload] = Math.max(peakRss[workload], process.memoryUsage().rss);
  }

  async function post(body: string): Promise<GraphqlResponse<unknown>> {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, ...JSON.parse(text) };
  }

  /** Sends the request a few times; returns the last answer and the median time it took. */
  async function measure(
    send: () => Promise<GraphqlResponse<unknown>>,
  ): Promise<[GraphqlResponse<unknown>, number]> {
    // One try first, untimed: the first run of a code path compiles it.
    let response = await send();
    const times: number[] = [];
    for (let i = 0; i < tries; i++) {
      const started = performance.now();
      response = await send();
      times.push(performance.now() - started);
      sampleRss('hostile');
    }
    return [response, median(times)];
  }

  async function expectStillServing() {
    const response = await gql<{ question: { id: string } }>(api, {
      query: 'query Q($id: ID!) { question(id: $id) { id answers { id } } }',
      variables: { id: questionId },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.question.id).toBe(questionId);
  }

  /** Every root field that takes text or an id, with the values `sample` chooses. */
  function probes(sample: (scalar: string) => unknown): Call[] {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const calls = [...callsTaking(schema, 'String', sample), ...callsTaking(schema, 'ID', sample)];
    return [...new Map(calls.map((call) => [call.name, call])).values()];
  }

  const ordinary = (scalar: string): unknown =>
    ({
      ID: questionId,
      String: 'Plain text',
      Int: 1,
      Float: 1,
      Boolean: false,
      DateTime: '2026-01-01T00:00:00.000Z',
    })[scalar];

  it('serves an ordinary workload first, to know its memory', async () => {
    // Every field once with ordinary values, as a visitor and as an admin, so the code the
    // hostile requests reach has run before (compiled code counts in resident memory too).
    for (const call of probes(ordinary)) {
      for (const as of [undefined, admin]) {
        await gql(api, { query: call.query, variables: call.variables, as });
        sampleRss('normal');
      }
    }
    const operations = [
      { query: '{ health { status } }' },
      { query: '{ questions(first: 20) { edges { node { id title answers { id } } } } }' },
      { query: '{ search(query: "report") { total } }' },
      {
        query: 'query Q($id: ID!) { question(id: $id) { id title answers { id author { id } } } }',
        variables: { id: questionId },
      },
    ];
    for (let round = 0; round < 25; round++) {
      for (const operation of operations) {
        const response = await gql(api, { ...operation, as: round % 2 ? admin : undefined });
        expect(response.errors).toBeUndefined();
        sampleRss('normal');
      }
    }
  }, 120_000);

  it('refuses deep nesting through cyclic fields', async () => {
    const [response, ms] = await measure(() =>
      gql(api, { query: cyclicQuery(15), variables: { id: questionId } }),
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      reason: 'QUERY_TOO_DEEP',
    });
    expect(ms).toBeLessThan(answerWithinMs);
    await expectStillServing();
  });

  it('refuses a thousand aliases of an expensive field', async () => {
    const aliases = Array.from({ length: 1_000 }, (_, i) => `s${i}: search(query: "pw") { total }`);
    const [response, ms] = await measure(() => gql(api, { query: `{ ${aliases.join(' ')} }` }));
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'GRAPHQL_PARSE_FAILED',
      reason: 'QUERY_TOO_LARGE',
    });
    expect(ms).toBeLessThan(answerWithinMs);
    await expectStillServing();
  });

  it('refuses a hundred batched operations: batching is off', async () => {
    const batch = JSON.stringify(
      Array.from({ length: 100 }, () => ({ query: '{ search(query: "pw") { total } }' })),
    );
    const [response, ms] = await measure(() => post(batch));
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'BAD_REQUEST',
      reason: 'BATCHING_DISABLED',
      limit: 1,
    });
    expect(ms).toBeLessThan(answerWithinMs);
    await expectStillServing();
  });

  /**
   * Posts a JSON body of `bytes` bytes, written in small pieces (so the test itself holds no
   * megabytes) until the server answers; the time is until the answer.
   */
  function postLarge(bytes: number): Promise<GraphqlResponse<unknown>> {
    return new Promise((resolve, reject) => {
      let answered = false;
      const sending = httpRequest(
        `${api.url}/graphql`,
        {
          method: 'POST',
          agent: false,
          headers: { 'content-type': 'application/json', 'content-length': bytes },
        },
        (response) => {
          answered = true;
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (text += chunk));
          response.on('end', () => {
            sending.destroy();
            resolve({
              status: response.statusCode ?? 0,
              headers: new Headers(),
              ...JSON.parse(text),
            });
          });
        },
      );
      // The server stops reading once it has answered.
      sending.on('error', (error: NodeJS.ErrnoException) => {
        if (!answered && error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error);
      });
      const head = '{"query":"{ health { status } }","variables":{"pad":"';
      const piece = Buffer.alloc(64 * 1024, 'x');
      let left = bytes - head.length - 3;
      const writeMore = () => {
        while (!answered && left > 0 && !sending.destroyed) {
          const chunk = piece.subarray(0, Math.min(piece.length, left));
          left -= chunk.length;
          if (!sending.write(chunk)) return void sending.once('drain', writeMore);
        }
        if (!answered && !sending.destroyed) sending.end('"}}');
      };
      sending.write(head);
      writeMore();
    });
  }

  it('refuses a body of 5 MB before reading it', async () => {
    const [response, ms] = await measure(() => postLarge(5 * 1024 * 1024));
    expect(response.status).toBe(413);
    expect(response).toMatchObject({ statusCode: 413, message: 'request entity too large' });
    expect(ms).toBeLessThan(answerWithinMs);
    await expectStillServing();
  });

  it('refuses 10,000 characters in every text argument with a typed error', async () => {
    const long = 'x'.repeat(10_000);
    const calls = probes((scalar) => (scalar === 'String' ? long : ordinary(scalar))).filter(
      (call) => JSON.stringify(call.variables).includes(long),
    );
    expect(calls.length).toBeGreaterThan(30);
    const untyped: string[] = [];
    const slow: string[] = [];
    for (const call of calls) {
      const [response, ms] = await measure(() =>
        gql(api, { query: call.query, variables: call.variables, as: admin }),
      );
      const code = response.errors?.[0]?.extensions?.code;
      const accepted = !response.errors && acceptsLongText.has(call.name);
      if (!accepted && !typedCodes.includes(code ?? 'accepted')) {
        untyped.push(`${call.name}: ${code ?? 'accepted'}`);
      }
      if (!accepted && ms >= answerWithinMs) slow.push(`${call.name}: ${Math.round(ms)} ms`);
    }
    expect(untyped).toEqual([]);
    expect(slow).toEqual([]);
    await expectStillServing();
  }, 120_000);

  it('keeps the resident memory under the peak of the ordinary workload', () => {
    // Room for garbage not yet collected; the failure this guards against (a cyclic query
    // fifteen levels deep) grew the heap by gigabytes.
    const margin = 64 * 1024 * 1024;
    expect(peakRss.normal).toBeGreaterThan(0);
    expect(peakRss.hostile).toBeLessThan(peakRss.normal + margin);
  });
});
