import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { WorkerModule } from '@forum/api/composition';
import { ConfigError, loadConfigFromEnvironment } from '@forum/api/platform';
import { findStartupProblems } from '@forum/api/runtime';
import { Logger } from 'nestjs-pino';

/**
 * The worker: the API's domains as an application context that serves nothing and works the job
 * queues and their schedules (search indexing, e-mail, notifications, badges, the support desk).
 * It reads the same environment as the API; run the API with `FORUM_WORKERS=off` beside it.
 * SIGTERM stops taking jobs and lets the jobs in hand finish before the process ends.
 */

/** Start-up failures end in one line on stderr, never a stack trace. */
function exitWith(problems: string[]): never {
  for (const problem of problems) process.stderr.write(`forum-worker: ${problem}\n`);
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
  if (!config.jobs.workers)
    exitWith(['FORUM_WORKERS=off: a worker that works no queue has nothing to do']);
  const problems = await findStartupProblems(config);
  if (problems.fatal.length > 0) exitWith(problems.fatal);
  // Index jobs wait and retry while Meilisearch is away; every other queue works as usual.
  for (const problem of problems.degraded)
    process.stdout.write(
      `${JSON.stringify({ level: 40, time: Date.now(), msg: `${problem} Starting without search.` })}\n`,
    );

  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  app.get(Logger).log('Worker started: working the job queues', 'Worker');
}

bootstrap().catch((error: unknown) =>
  exitWith([`failed to start: ${(error as Error).message ?? String(error)}`]),
);
