import { describeDatabaseProblem } from '@forum/api/database';
import type { AppConfig } from '@forum/api/platform';
import { describeSearchProblem } from '@forum/api/search';

/** Each dependency the API cannot use, as one actionable line; empty when all answer. */
export async function findStartupProblems(config: AppConfig): Promise<string[]> {
  const problems = await Promise.all([
    describeDatabaseProblem(config.database),
    describeSearchProblem(config.search),
  ]);
  return problems.filter((problem): problem is string => problem !== undefined);
}
