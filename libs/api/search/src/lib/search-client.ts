import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { SearchConfig } from '@forum/api/platform';
import { type MultiSearchParams, Meilisearch } from 'meilisearch';
import type { SearchIndexDefinition } from './index-definition.js';
import { createMeilisearchTransport, meilisearchErrorCode } from './meilisearch-transport.js';
import { SearchIndex } from './search-index.js';
import { differingSettings } from './settings-diff.js';
import type { SearchDocument, SearchQuery, SearchResult, SearchTask } from './search-types.js';

/**
 * The one holder of the Meilisearch client. Callers name indexes without the installation's
 * prefix; it is added here.
 */
@Injectable()
export class SearchClient implements OnApplicationShutdown {
  private readonly logger = new Logger(SearchClient.name);
  private readonly transport: ReturnType<typeof createMeilisearchTransport>;
  private readonly meilisearch: Meilisearch;
  /** Indexes whose definitions could not be applied yet (Meilisearch was unreachable). */
  private readonly unprepared = new Set<string>();

  constructor(private readonly config: SearchConfig) {
    this.transport = createMeilisearchTransport(config.url);
    this.meilisearch = new Meilisearch({
      host: config.url,
      apiKey: config.apiKey,
      httpClient: this.transport.httpClient,
      timeout: 10_000,
      defaultWaitOptions: { interval: 10, timeout: 60_000 },
    });
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }

  /** The index's name in Meilisearch, with the installation's prefix. */
  indexUid(uid: string): string {
    return `${this.config.indexPrefix}${uid}`;
  }

  index<T extends SearchDocument>(uid: string): SearchIndex<T> {
    return new SearchIndex(uid, this.meilisearch.index<T>(this.indexUid(uid)));
  }

  /** Throws unless Meilisearch answers, is available and every index has been prepared. */
  async check(): Promise<void> {
    const { status } = await this.meilisearch.health();
    if (status !== 'available') throw new Error(`Meilisearch reports "${status}"`);
    if (this.unprepared.size > 0)
      throw new Error(
        `Meilisearch answers; index ${[...this.unprepared].join(', ')} not prepared yet (retrying)`,
      );
  }

  /** Notes whether an index's definition is applied, for `check`. */
  setPrepared(uid: string, prepared: boolean): void {
    if (prepared) this.unprepared.delete(uid);
    else this.unprepared.add(uid);
  }

  /** Runs the queries in one request; the results come in the queries' order. */
  async multiSearch<T extends SearchDocument>(
    queries: SearchQuery[],
  ): Promise<Array<SearchResult<T>>> {
    const { results } = await this.meilisearch.multiSearch<MultiSearchParams, T>({
      queries: queries.map(({ index, ...query }) => ({ ...query, indexUid: this.indexUid(index) })),
    });
    return results;
  }

  /** Resolves when the task has finished, successfully or not; rejects on timeout. */
  waitForTask(taskUid: number, options: { timeoutMs?: number } = {}): Promise<SearchTask> {
    return this.meilisearch.tasks.waitForTask(
      taskUid,
      options.timeoutMs === undefined ? undefined : { timeout: options.timeoutMs },
    );
  }

  /**
   * Creates the index when missing and brings its settings to the definition. Settings that
   * already match cause no task, so restarts never trigger a re-indexing.
   * @returns whether anything changed
   */
  async applyDefinition(definition: SearchIndexDefinition): Promise<boolean> {
    const uid = this.indexUid(definition.uid);
    let changed = false;
    const existing = await this.meilisearch.getIndex(uid).catch((error: unknown) => {
      if (meilisearchErrorCode(error) === 'index_not_found') return undefined;
      throw error;
    });
    if (!existing) {
      await this.meilisearch
        .createIndex(uid, { primaryKey: definition.primaryKey })
        .waitTask({ timeout: 30_000 });
      changed = true;
    }
    const index = this.meilisearch.index(uid);
    const current = await index.getSettings();
    const outdated = differingSettings(current, definition.settings);
    if (Object.keys(outdated).length > 0) {
      const task = await index.updateSettings(outdated).waitTask({ timeout: 120_000 });
      if (task.status !== 'succeeded') {
        throw new Error(
          `Updating settings of index ${uid} failed: ${task.error?.message ?? task.status}`,
        );
      }
      this.logger.log(
        { index: uid, settings: Object.keys(outdated) },
        'Search index settings updated',
      );
      changed = true;
    }
    return changed;
  }

  /**
   * A new, empty index with the definition's settings, to fill and then put in the definition's
   * place with `swapIn`.
   */
  async createTemporaryIndex<T extends SearchDocument>(
    definition: SearchIndexDefinition,
  ): Promise<SearchIndex<T>> {
    const uid = `${definition.uid}_build_${Date.now()}`;
    await this.applyDefinition({ ...definition, uid });
    return this.index<T>(uid);
  }

  /**
   * Atomically makes the temporary index's documents those of index `uid` (searches answer from
   * the old documents until then), then deletes the temporary index.
   */
  async swapIn<T extends SearchDocument>(uid: string, temporary: SearchIndex<T>): Promise<void> {
    const indexes: [string, string] = [this.indexUid(uid), this.indexUid(temporary.uid)];
    await this.succeeded(
      (await this.meilisearch.swapIndexes([{ indexes, rename: false }])).taskUid,
    );
    await this.succeeded((await this.meilisearch.deleteIndex(indexes[1])).taskUid);
  }

  /** Deletes the index with everything in it; an index that does not exist is fine. */
  async deleteIndex(uid: string): Promise<void> {
    const task = await this.waitForTask(
      (await this.meilisearch.deleteIndex(this.indexUid(uid))).taskUid,
    );
    if (task.status !== 'succeeded' && task.error?.code !== 'index_not_found')
      throw new Error(
        `Deleting index ${this.indexUid(uid)} ${task.status}: ${task.error?.message}`,
      );
  }

  /** The names (without prefix) of the indexes carrying this installation's prefix. */
  async listIndexes(): Promise<string[]> {
    const { results } = await this.meilisearch.getIndexes({ limit: 1000 });
    return results
      .map((index) => index.uid)
      .filter((uid) => uid.startsWith(this.config.indexPrefix))
      .map((uid) => uid.slice(this.config.indexPrefix.length));
  }

  /** Deletes every index carrying this installation's prefix. */
  async deleteIndexes(): Promise<void> {
    await Promise.all((await this.listIndexes()).map((uid) => this.deleteIndex(uid)));
  }

  private async succeeded(taskUid: number): Promise<void> {
    const task = await this.waitForTask(taskUid, { timeoutMs: 600_000 });
    if (task.status !== 'succeeded')
      throw new Error(
        `Search task ${taskUid} (${task.type}) ${task.status}: ${task.error?.message}`,
      );
  }
}

/**
 * Deletes every index carrying the configuration's prefix, with a client of its own; for test
 * runs that share one Meilisearch.
 */
export async function deleteSearchIndexes(config: SearchConfig): Promise<void> {
  const client = new SearchClient(config);
  try {
    await client.deleteIndexes();
  } finally {
    client.onApplicationShutdown();
  }
}
