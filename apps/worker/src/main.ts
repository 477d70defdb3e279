import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { WorkerModule } from '@forum/api/composition';
import { configForStart, exitWith } from '@forum/api/runtime';
import { Logger } from 'nestjs-pino';

/**
 * The worker: the API's domains as an application context that serves nothing and works the job
 * queues and their schedules (search indexing, e-mail, notifications, badges, the support desk).
 * It reads the same environment as the API; run the API with `FORUM_WORKERS=off` beside it.
 * SIGTERM stops taking jobs and lets the jobs in hand finish before the process ends.
 */

async function bootstrap(): Promise<void> {
  const config = await configForStart('forum-worker');
  if (!config.jobs.workers)
    exitWith('forum-worker', ['FORUM_WORKERS=off: a worker that works no queue has nothing to do']);

  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  app.get(Logger).log('Worker started: working the job queues', 'Worker');
}

bootstrap().catch((error: unknown) =>
  exitWith('forum-worker', [`failed to start: ${(error as Error).message ?? String(error)}`]),
);
