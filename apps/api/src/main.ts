import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ConfigError, loadConfigFromEnvironment } from '@forum/api/platform';
import { configureApp, findStartupProblems } from '@forum/api/runtime';
import { AppModule } from '@forum/api/composition';
import { schemaFile } from './app/schema-file.js';

/** Start-up failures end in one line on stderr, never a stack trace. */
function exitWith(problems: string[]): never {
  for (const problem of problems) process.stderr.write(`forum-api: ${problem}\n`);
  process.exit(1);
}

async function bootstrap(): Promise<void> {
  let config;
  try {
    config = loadConfigFromEnvironment();
  } catch (error) {
    if (error instanceof ConfigError) exitWith([error.message]);
    throw error;
  }
  const problems = await findStartupProblems(config);
  if (problems.length > 0) exitWith(problems);

  const writeSchema = config.server.nodeEnv === 'development';
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, { schemaFile: writeSchema ? schemaFile : undefined }),
    { bufferLogs: true },
  );
  configureApp(app, config);
  await app.listen(config.server.port, config.server.host);
  process.stdout.write(
    `${JSON.stringify({ level: 30, time: Date.now(), msg: `API listening on http://${config.server.host}:${config.server.port}/graphql` })}\n`,
  );
  if (config.server.testClockOffsetFile)
    process.stdout.write(
      `${JSON.stringify({ level: 40, time: Date.now(), msg: `The clock follows the offset in ${config.server.testClockOffsetFile} (TEST_CLOCK_OFFSET_FILE): for browser journeys only` })}\n`,
    );
}

bootstrap().catch((error: unknown) =>
  exitWith([`failed to start: ${(error as Error).message ?? String(error)}`]),
);
