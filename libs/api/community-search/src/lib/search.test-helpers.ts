import { setTimeout as sleep } from 'node:timers/promises';
import { gql, type TestApp } from '@forum/api/testing';
import { differenceCount, IndexMaintenance } from './index-maintenance.js';

/** Test helpers: search like a browser, and wait for the index to follow the database. */

/** The ids of the hits, questions and ideas alike, in order. */
export function hitIds(result: SearchResponse): string[] {
  return result.hits.map((hit) => (hit.question ?? hit.idea)!.id);
}

/** Waits until the index agrees with the database (every queued index job has been applied). */
export async function indexConverged(api: TestApp, timeoutMs = 30_000): Promise<void> {
  const maintenance = api.app.get(IndexMaintenance);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const report = await maintenance.check().catch(() => undefined);
    if (report && differenceCount(report) === 0) return;
    if (Date.now() > deadline)
      throw new Error(`The search index did not converge: ${JSON.stringify(report)}`);
    await sleep(100);
  }
}

export const searchDocument = `
  query S($query: String!, $filter: SearchFilter, $sort: SearchSort, $first: Int, $after: String) {
    search(query: $query, filter: $filter, sort: $sort, first: $first, after: $after) {
      total
      processingTimeMs
      hits {
        type
        question { id title state }
        idea { id title status voteCount }
        title { text match }
        snippet { text match }
      }
      facets {
        types { value count }
        products { value count }
        tags { value count }
        states { value count }
        ideaStatuses { value count }
      }
      pageInfo { hasNextPage endCursor }
    }
  }`;

export interface SearchResponse {
  total: number;
  processingTimeMs: number;
  hits: Array<{
    type: 'QUESTION' | 'IDEA';
    question: { id: string; title: string; state: string } | null;
    idea: { id: string; title: string; status: string; voteCount: number } | null;
    title: Array<{ text: string; match: boolean }>;
    snippet: Array<{ text: string; match: boolean }>;
  }>;
  facets: Record<
    'types' | 'products' | 'tags' | 'states' | 'ideaStatuses',
    Array<{ value: string; count: number }>
  >;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Runs a search as an anonymous visitor; fails on errors. */
export async function runSearch(
  api: TestApp,
  text: string,
  variables: Record<string, unknown> = {},
): Promise<SearchResponse> {
  const response = await gql<{ search: SearchResponse }>(api, {
    query: searchDocument,
    variables: { query: text, ...variables },
  });
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.search;
}
