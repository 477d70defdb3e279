import { describeDatabaseProblem } from '@forum/api/database';
import type { AppConfig } from '@forum/api/platform';
import { describeSearchProblem } from '@forum/api/search';

export interface StartupProblems {
  /** Dependencies the API cannot run without (PostgreSQL): the start ends. */
  fatal: string[];
  /** Dependencies the API runs without, degraded (Meilisearch: no search until it answers). */
  degraded: string[];
}

/** Each dependency the API cannot use, as one actionable line; empty lists when all answer. */
export async function findStartupProblems(config: AppConfig): Promise<StartupProblems> {
  const [database, search] = await Promise.all([
    describeDatabaseProblem(config.database),
    describeSearchProblem(config.search),
  ]);
  return {
    fatal: database === undefined ? [] : [database],
    degraded: search === undefined ? [] : [search],
  };
}
