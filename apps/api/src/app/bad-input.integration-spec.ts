import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  createTestApp,
  gql,
  newPerson,
  newSession,
  query,
  type TestApp,
  type TestSession,
} from '@forum/api/testing';
import type { GraphQLSchema } from 'graphql';
import { featureModules } from '@forum/api/composition';
import { callsTaking } from './schema-probes.js';

const ordinary: Record<string, unknown> = {
  ID: '00000000-0000-4000-8000-000000000000',
  String: 'Plain text',
  Int: 1,
  Float: 1,
  Boolean: false,
  DateTime: '2026-01-01T00:00:00.000Z',
};

describe('bad input in every argument', () => {
  let api: TestApp;
  let schema: GraphQLSchema;
  let admin: TestSession;

  beforeAll(async () => {
    api = await createTestApp(featureModules);
    schema = api.app.get(GraphQLSchemaHost).schema;
    admin = await newSession(api, await newPerson(api, { role: 'admin' }));
  }, 60_000);

  afterAll(async () => {
    await api?.close();
  });

  async function rowCounts(): Promise<string> {
    const [counts] = await query<Record<string, number>>(
      api,
      `SELECT (SELECT count(*) FROM question)::int AS questions, (SELECT count(*) FROM answer)::int AS answers,
              (SELECT count(*) FROM idea)::int AS ideas, (SELECT count(*) FROM user_account)::int AS people`,
    );
    return JSON.stringify(counts);
  }

  it('answers a malformed id anywhere with a typed error, never an internal one', async () => {
    const calls = callsTaking(schema, 'ID', (scalar) =>
      scalar === 'ID' ? 'not-a-uuid' : ordinary[scalar],
    );
    expect(calls.length).toBeGreaterThan(30);
    const before = await rowCounts();
    const internal: string[] = [];
    for (const call of calls) {
      for (const as of [undefined, admin]) {
        const response = await gql(api, { query: call.query, variables: call.variables, as });
        const codes = (response.errors ?? []).map((error) => error.extensions?.code);
        if (codes.includes('INTERNAL_SERVER_ERROR')) internal.push(call.name);
      }
    }
    expect(internal).toEqual([]);
    expect(await rowCounts()).toBe(before);
  }, 180_000);

  it('refuses a NUL character in any text argument before anything runs', async () => {
    const calls = callsTaking(schema, 'String', (scalar) =>
      scalar === 'String' ? 'Text with a \u0000 inside' : ordinary[scalar],
    );
    expect(calls.length).toBeGreaterThan(30);
    const before = await rowCounts();
    const untyped: string[] = [];
    for (const call of calls) {
      const response = await gql(api, {
        query: call.query,
        variables: call.variables,
        as: admin,
      });
      const first = response.errors?.[0]?.extensions;
      if (first?.code !== 'BAD_USER_INPUT' || first.reason !== 'NUL_CHARACTER') {
        untyped.push(call.name);
      }
    }
    expect(untyped).toEqual([]);
    expect(await rowCounts()).toBe(before);
  }, 60_000);

  it('refuses a NUL character written into the document itself', async () => {
    const response = await gql(api, {
      query: '{ search(query: "pass\\u0000word") { total } }',
    });
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'NUL_CHARACTER',
    });
  });
});
