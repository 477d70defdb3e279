import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Module } from '@nestjs/common';
import { Args, Float, Int, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { createTestApp, gql, query, type TestApp } from '@forum/api/testing';
import type { DataSource } from 'typeorm';
import { featureModules } from '@forum/api/composition';

/**
 * Work that is genuinely slow in PostgreSQL, for this test only: the product has no field that
 * sleeps, and this module is registered only in the test app below.
 */
@Resolver()
class SlowQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Query(() => Int)
  async sleepInOneStatement(@Args('seconds', { type: () => Float }) seconds: number) {
    await this.dataSource.query('SELECT pg_sleep($1)', [seconds]);
    return 1;
  }

  @Query(() => Int)
  async sleepInSteps(
    @Args('steps', { type: () => Int }) steps: number,
    @Args('seconds', { type: () => Float }) seconds: number,
  ) {
    for (let step = 0; step < steps; step++) {
      await this.dataSource.query('SELECT pg_sleep($1)', [seconds]);
    }
    return steps;
  }
}

@Module({ providers: [SlowQueries] })
class SlowQueriesModule {}

const statementTimeoutMs = 300;
const requestTimeoutMs = 1_000;

describe('time limits of a request', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await createTestApp([...featureModules, SlowQueriesModule], {
      DATABASE_STATEMENT_TIMEOUT_MS: String(statementTimeoutMs),
      GRAPHQL_REQUEST_TIMEOUT_MS: String(requestTimeoutMs),
    });
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

  async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
    const started = performance.now();
    const result = await work();
    return [result, performance.now() - started];
  }

  it("sets the limits on every connection of the API's pool", async () => {
    const [settings] = await query<{ statement: string; idle: string }>(
      api,
      `SELECT current_setting('statement_timeout') AS statement,
              current_setting('idle_in_transaction_session_timeout') AS idle`,
    );
    expect(settings).toEqual({ statement: `${statementTimeoutMs}ms`, idle: '10s' });
  });

  it('answers a statement PostgreSQL cancelled at its time limit with REQUEST_TIMEOUT', async () => {
    const [response, elapsed] = await timed(() =>
      gql(api, { query: '{ sleepInOneStatement(seconds: 5) }' }),
    );
    expect(response.errors).toEqual([
      expect.objectContaining({
        path: ['sleepInOneStatement'],
        extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'REQUEST_TIMEOUT' },
      }),
    ]);
    expect(elapsed).toBeLessThan(3_000);
    await expectStillServing();
  });

  it('answers a query still running at its deadline with REQUEST_TIMEOUT, once', async () => {
    // Twenty statements of 0.15 s: each within the statement limit, three seconds together.
    const [response, elapsed] = await timed(() =>
      gql(api, {
        query:
          '{ a: sleepInSteps(steps: 20, seconds: 0.15) b: sleepInSteps(steps: 20, seconds: 0.15) }',
      }),
    );
    expect(response.errors).toEqual([
      expect.objectContaining({
        extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'REQUEST_TIMEOUT' },
      }),
    ]);
    expect(elapsed).toBeGreaterThanOrEqual(requestTimeoutMs - 50);
    expect(elapsed).toBeLessThan(2_500);
    await expectStillServing();
  });

  it('lets a query that finishes in time answer normally', async () => {
    const response = await gql<{ sleepInSteps: number }>(api, {
      query: '{ sleepInSteps(steps: 2, seconds: 0.05) }',
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.sleepInSteps).toBe(2);
  });
});
