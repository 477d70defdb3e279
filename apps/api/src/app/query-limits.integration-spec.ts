import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, gql, type TestApp } from '@forum/api/testing';
import { queryLimits } from '@forum/api/platform';
import { featureModules } from '@forum/api/composition';

/** `question → answers → author → badges → user → badges → user ...`, `levels` deep. */
function cyclicQuery(levels: number): string {
  let selection = 'id';
  for (let level = 0; level < levels; level++) selection = `badges { user { id ${selection} } }`;
  return `query Cyclic($id: ID!) { question(id: $id) { answers { author { ${selection} } } } }`;
}

describe('hostile GraphQL operations', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await createTestApp(featureModules);
  }, 60_000);

  afterAll(async () => {
    await api?.close();
  });

  async function expectStillServing() {
    const response = await gql<{ health: { status: string } }>(api, {
      query: '{ health { status } }',
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.health.status).toBe('UP');
  }

  it('refuses deep nesting through cyclic fields before running any resolver', async () => {
    const response = await gql(api, {
      query: cyclicQuery(15),
      variables: { id: '00000000-0000-4000-8000-000000000000' },
    });
    expect(response.status).toBe(400);
    expect(response.data).toBeUndefined();
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      reason: 'QUERY_TOO_DEEP',
      limit: queryLimits.maxDepth,
    });
    expect(response.errors?.[0]?.extensions?.['found']).toBeGreaterThan(30);
    await expectStillServing();
  });

  function searchAliases(count: number): string {
    const aliases = Array.from({ length: count }, (_, i) => `s${i}: search(query: "pw") { total }`);
    return `{ ${aliases.join(' ')} }`;
  }

  it('refuses a hundred aliases of an expensive field', async () => {
    const response = await gql(api, { query: searchAliases(100) });
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      reason: 'TOO_MANY_ALIASES',
      limit: queryLimits.maxAliases,
      found: 100,
    });
    await expectStillServing();
  });

  it('refuses a thousand aliases before parsing them all', async () => {
    const response = await gql(api, { query: searchAliases(1_000) });
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'GRAPHQL_PARSE_FAILED',
      reason: 'QUERY_TOO_LARGE',
    });
    await expectStillServing();
  });

  it("answers variables that do not fit the operation as the client's error", async () => {
    const response = await gql(api, {
      query: 'query Q($first: Int!) { questions(first: $first) { edges { node { id } } } }',
      variables: { first: 'many' },
    });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses an operation whose lists multiply past the cost limit, counting `first` from variables', async () => {
    const query = `query Wide($first: Int!) {
      questions(first: $first) { edges { node { answers { comments { author { badges { id } } } } } } }
    }`;
    const refused = await gql(api, { query, variables: { first: 100 } });
    expect(refused.status).toBe(400);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      reason: 'QUERY_TOO_COSTLY',
      limit: queryLimits.maxCost,
    });
    expect(refused.errors?.[0]?.extensions?.['found']).toBeGreaterThan(queryLimits.maxCost);

    // The same operation with one question per page is within the limit: the estimate follows
    // the variables, even for a document it has seen before.
    const onePage = await gql(api, { query, variables: { first: 1 } });
    expect(onePage.errors).toBeUndefined();
    const refusedAgain = await gql(api, { query, variables: { first: 100 } });
    expect(refusedAgain.errors?.[0]?.extensions?.['reason']).toBe('QUERY_TOO_COSTLY');

    const narrow = `query Narrow($first: Int!) { questions(first: $first) { edges { node { id } } } }`;
    const accepted = await gql(api, { query: narrow, variables: { first: 100 } });
    expect(accepted.errors).toBeUndefined();
  });

  it('refuses a document with more tokens than any real operation has', async () => {
    const fields = Array.from({ length: 6_000 }, () => 'status').join(' ');
    const response = await gql(api, { query: `{ health { ${fields} } }` });
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'GRAPHQL_PARSE_FAILED',
      reason: 'QUERY_TOO_LARGE',
      limit: queryLimits.maxTokens,
    });
    await expectStillServing();
  });
});
