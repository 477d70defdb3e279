import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { configForStart, configureApp, exitWith, logLine } from '@forum/api/runtime';
import { AppModule } from '@forum/api/composition';
import { schemaFile } from './app/schema-file.js';

async function bootstrap(): Promise<void> {
  const config = await configForStart('forum-api');

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

bootstrap().catch((error: unknown) =>
  exitWith('forum-api', [`failed to start: ${(error as Error).message ?? String(error)}`]),
);
