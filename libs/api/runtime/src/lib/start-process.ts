import { type AppConfig, ConfigError, loadConfigFromEnvironment } from '@forum/api/platform';
import { findStartupProblems } from './startup-problems.js';

/** Start-up failures end in one line per problem on stderr, never a stack trace. */
export function exitWith(program: string, problems: string[]): never {
  for (const problem of problems) process.stderr.write(`${program}: ${problem}\n`);
  process.exit(1);
}

/** A log line in the logger's JSON shape (30 info, 40 warn), for before and after Nest logs. */
export function logLine(level: 30 | 40, msg: string): void {
  process.stdout.write(`${JSON.stringify({ level, time: Date.now(), msg })}\n`);
}

/**
 * The environment's configuration once PostgreSQL answers, or the exit with the reason. Search
 * is a derived index: without Meilisearch the process starts, says so, and prepares the indexes
 * once it answers.
 */
export async function configForStart(program: string): Promise<AppConfig> {
  let config: AppConfig;
  try {
    config = loadConfigFromEnvironment();
  } catch (error) {
    if (error instanceof ConfigError) exitWith(program, [error.message]);
    throw error;
  }
  const problems = await findStartupProblems(config);
  if (problems.fatal.length > 0) exitWith(program, problems.fatal);
  for (const problem of problems.degraded) logLine(40, `${problem} Starting without search.`);
  return config;
}
