import { randomBytes } from 'node:crypto';
import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { type AppConfig, loadConfig, SearchConfig } from '@forum/api/platform';
import { defaultWriteLimits } from '@forum/shared/domain';
import { configureApp, platformModules } from '@forum/api/runtime';
import { deleteSearchIndexes } from '@forum/api/search';
import { createTestDatabase, readTestEnvironment, type TestDatabase } from '@forum/api/test-env';

export interface TestApp {
  app: NestExpressApplication;
  config: AppConfig;
  database: TestDatabase;
  /** Base URL of the listening server, e.g. http://127.0.0.1:41234 */
  url: string;
  close(): Promise<void>;
}

export interface TestConfig {
  config: AppConfig;
  database: TestDatabase;
  /** Drops the database and the Meilisearch indexes of this configuration. */
  dispose(): Promise<void>;
}

/** A configuration of its own: a fresh migrated database and a private Meilisearch index prefix. */
export async function createTestConfig(
  overrides: Record<string, string> = {},
): Promise<TestConfig> {
  const env = readTestEnvironment();
  const database = await createTestDatabase();
  const indexPrefix = `t_${env.runId}_${randomBytes(3).toString('hex')}_`;
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'warn',
    DATABASE_URL: database.url,
    DATABASE_POOL_SIZE: '4',
    MEILI_URL: env.meiliUrl,
    MEILI_MASTER_KEY: env.meiliMasterKey,
    MEILI_INDEX_PREFIX: indexPrefix,
    ...withoutWriteLimits,
    ...overrides,
  });
  const dispose = async () => {
    await deleteSearchIndexes(new SearchConfig(env.meiliUrl, env.meiliMasterKey, indexPrefix));
    await database.drop();
  };
  return { config, database, dispose };
}

/**
 * The API as it runs in production, listening on a free port over real HTTP, with the given
 * feature modules on top of the platform, against its own database and index prefix.
 */
export async function createTestApp(
  features: Array<Type | DynamicModule>,
  overrides: Record<string, string> = {},
): Promise<TestApp> {
  return startTestApp(await createTestConfig(overrides), features);
}

/**
 * The API on a configuration made beforehand, for tests that start more processes on the same
 * database (see `childEnvironment`). Closing the app disposes of the configuration.
 */
export async function startTestApp(
  { config, database, dispose }: TestConfig,
  features: Array<Type | DynamicModule>,
): Promise<TestApp> {
  @Module({ imports: [...platformModules(config), ...features] })
  class TestRootModule {}

  const app = await NestFactory.create<NestExpressApplication>(TestRootModule, {
    bufferLogs: true,
  });
  configureApp(app, config);
  await app.listen(0, '127.0.0.1');
  const url = await app.getUrl();
  return {
    app,
    config,
    database,
    url: url.replace('[::1]', '127.0.0.1'),
    close: async () => {
      await app.close();
      await dispose();
    },
  };
}

/**
 * The environment another process (an API, the worker) needs to run on this test configuration:
 * the same database, Meilisearch and index prefix, and the test's write limits.
 */
export function childEnvironment(
  { config }: TestConfig,
  overrides: Record<string, string> = {},
): Record<string, string> {
  return {
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    DATABASE_URL: config.database.url,
    DATABASE_POOL_SIZE: '4',
    MEILI_URL: config.search.url,
    ...(config.search.apiKey ? { MEILI_MASTER_KEY: config.search.apiKey } : {}),
    MEILI_INDEX_PREFIX: config.search.indexPrefix,
    ...withoutWriteLimits,
    ...overrides,
  };
}

/**
 * Configuration for tests that are not about reputation privileges: new members post and
 * downvote freely, so a test's people need not earn reputation first.
 */
export const withoutReputationLimits: Record<string, string> = {
  REPUTATION_TO_POST_FREELY: '0',
  REPUTATION_TO_DOWNVOTE: '0',
};

const writeLimitVariables = {
  post: 'WRITE_LIMIT_POST',
  vote: 'WRITE_LIMIT_VOTE',
  change: 'WRITE_LIMIT_CHANGE',
  view: 'WRITE_LIMIT_VIEW',
  mail: 'WRITE_LIMIT_MAIL',
  sign_in: 'WRITE_LIMIT_SIGN_IN',
  sign_up: 'WRITE_LIMIT_SIGN_UP',
  per_ip: 'WRITE_LIMIT_PER_IP',
} as const satisfies Record<keyof typeof defaultWriteLimits, string>;

/**
 * Write limits no test meets by accident. Test apps use these unless a test asks otherwise: all
 * of a suite's requests come from one address, and its people post far faster than people do.
 * The limits are still counted, so every write passes the real mechanism.
 */
export const withoutWriteLimits: Record<string, string> = Object.fromEntries(
  Object.values(writeLimitVariables).map((variable) => [variable, '1000000/1s']),
);

/** The production write limits, for tests about rate limits. */
export const withWriteLimits: Record<string, string> = Object.fromEntries(
  Object.entries(writeLimitVariables).map(([writeClass, variable]) => {
    const limit = defaultWriteLimits[writeClass as keyof typeof writeLimitVariables];
    return [variable, `${limit.points}/${limit.seconds}s`];
  }),
);
