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
  if (problems.fatal.length > 0) exitWith(problems.fatal);
  // Search is a derived index: the API serves everything else and prepares it once it answers.
  for (const problem of problems.degraded) logLine(40, `${problem} Starting without search.`);

  const writeSchema = config.server.nodeEnv === 'development';
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, { schemaFile: writeSchema ? schemaFile : undefined }),
    { bufferLogs: true },
  );
  configureApp(app, config);
  await app.listen(config.server.port, config.server.host);
  logLine(30, `API listening on http://${config.server.host}:${config.server.port}/graphql`);
  if (config.server.testClockOffsetFile)
    logLine(
      40,
      `The clock follows the offset in ${config.server.testClockOffsetFile} (TEST_CLOCK_OFFSET_FILE): for browser journeys only`,
    );
}

/** A log line in the logger's JSON shape (30 info, 40 warn), for before and after Nest logs. */
function logLine(level: 30 | 40, msg: string): void {
  process.stdout.write(`${JSON.stringify({ level, time: Date.now(), msg })}\n`);
}

bootstrap().catch((error: unknown) =>
  exitWith([`failed to start: ${(error as Error).message ?? String(error)}`]),
);
