import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { getDataSourceToken } from '@nestjs/typeorm';
import { isInputObjectType, isObjectType, isSpecifiedScalarType } from 'graphql';
import { createTestApp, gql, type TestApp } from '@forum/api/testing';
import type { DataSource } from 'typeorm';
import { IdeaEvents } from '@forum/api/ideas';
import { IdentityEvents } from '@forum/api/identity';
import { NotificationEvents } from '@forum/api/notifications';
import { QnaEvents } from '@forum/api/qna';
import { featureModules } from '@forum/api/composition';
import { printSchemaFile, schemaFile } from './schema-file.js';

describe('the API application', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await createTestApp(featureModules);
  });

  afterAll(async () => {
    await api?.close();
  });

  it('matches the committed schema.gql (run "npm run schema:generate" after changing the API)', () => {
    const live = printSchemaFile(api.app.get(GraphQLSchemaHost).schema);
    expect(live).toEqual(readFileSync(schemaFile, 'utf8'));
  });

  it('describes every type, field and argument, so schema.gql reads as documentation', () => {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const undocumented: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || isSpecifiedScalarType(type)) continue;
      if (
        !type.description &&
        type !== schema.getQueryType() &&
        type !== schema.getMutationType() &&
        type !== schema.getSubscriptionType()
      ) {
        undocumented.push(type.name);
      }
      if (!isObjectType(type) && !isInputObjectType(type)) continue;
      for (const field of Object.values(type.getFields())) {
        if (!field.description) undocumented.push(`${type.name}.${field.name}`);
        for (const arg of 'args' in field ? field.args : []) {
          if (!arg.description) undocumented.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    expect(undocumented).toEqual([]);
  });

  it('has entities and migrations in agreement (no schema change left without a migration)', async () => {
    const dataSource = api.app.get<DataSource>(getDataSourceToken());
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('runs the listeners of every domain event in their stated order', () => {
    // Derived state is recorded before the search index job is queued, which reads it.
    expect(api.app.get(QnaEvents).listenerNames).toEqual([
      'following.auto-follow',
      'moderation.spam-rules',
      'reputation',
      'search.suggestion-visits',
      'support.desk',
      'following.fanout',
      'live.question-activity',
      'search.index',
      'support.routing',
    ]);
    expect(api.app.get(IdeaEvents).listenerNames).toEqual([
      'following.auto-follow',
      'reputation',
      'following.fanout',
      'search.index',
    ]);
    expect(api.app.get(IdentityEvents).listenerNames).toEqual(['reputation']);
    expect(api.app.get(NotificationEvents).listenerNames).toEqual([
      'live.unread-count',
      'notifications.email',
    ]);
  });

  it('reports live health of every dependency through GraphQL', async () => {
    const response = await gql<{ health: Record<string, unknown> }>(api, {
      query:
        '{ health { status version uptimeSeconds checkedAt database { status latencyMs error } search { status error } jobs { status error } } }',
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.health).toMatchObject({
      status: 'UP',
      version: 'development',
      database: { status: 'UP', error: null },
      search: { status: 'UP', error: null },
      jobs: { status: 'UP', error: null },
    });
    expect(Date.parse(response.data?.health['checkedAt'] as string)).toBeGreaterThan(
      Date.now() - 60_000,
    );
  });

  it('answers liveness and readiness probes over plain HTTP', async () => {
    const live = await fetch(`${api.url}/healthz`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'ok' });

    const ready = await fetch(`${api.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', database: { status: 'UP' } });
  });

  it('tags every response with a request id, keeping a sane one from the caller', async () => {
    const generated = await fetch(`${api.url}/healthz`);
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);

    const kept = await fetch(`${api.url}/healthz`, { headers: { 'x-request-id': 'lb-7f3a.42' } });
    expect(kept.headers.get('x-request-id')).toBe('lb-7f3a.42');

    const replaced = await fetch(`${api.url}/healthz`, {
      headers: { 'x-request-id': 'not a valid id!' },
    });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('rejects malformed GraphQL with a typed error', async () => {
    const response = await gql(api, { query: '{ health { nonsense } }' });
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses cross-site simple requests (CSRF prevention)', async () => {
    const response = await fetch(
      `${api.url}/graphql?query=${encodeURIComponent('{ health { status } }')}`,
    );
    expect(response.status).toBe(400);
  });

  it('refuses oversized request bodies', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ health { status } } # ${'x'.repeat(2 * 1024 * 1024)}` }),
    });
    expect(response.status).toBe(413);
  });
});
