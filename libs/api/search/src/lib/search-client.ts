import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { SearchConfig } from '@forum/api/platform';
import { type Index, Meilisearch, type Settings } from 'meilisearch';
import type { SearchIndexDefinition } from './indexes/index-definition.js';
import { createMeilisearchTransport, meilisearchErrorCode } from './meilisearch-transport.js';

/** The one holder of the Meilisearch client; index names get the installation's prefix here. */
@Injectable()
export class SearchClient implements OnApplicationShutdown {
  private readonly logger = new Logger(SearchClient.name);
  private readonly transport: ReturnType<typeof createMeilisearchTransport>;
  readonly meilisearch: Meilisearch;

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

  indexUid(uid: string): string {
    return `${this.config.indexPrefix}${uid}`;
  }

  index<T extends Record<string, unknown>>(uid: string): Index<T> {
    return this.meilisearch.index<T>(this.indexUid(uid));
  }

  /** Throws unless Meilisearch answers and is available. */
  async check(): Promise<void> {
    const { status } = await this.meilisearch.health();
    if (status !== 'available') throw new Error(`Meilisearch reports "${status}"`);
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
}

/** Settings whose lists are sets: Meilisearch may return them in another order. */
const unorderedSettings = new Set([
  'filterableAttributes',
  'sortableAttributes',
  'stopWords',
  'separatorTokens',
  'nonSeparatorTokens',
  'dictionary',
]);

function differingSettings(current: Settings, wanted: Settings): Settings {
  const differing: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(wanted)) {
    const normalise = unorderedSettings.has(key) ? sortedList : (item: unknown) => item;
    const currentValue = current[key as keyof Settings];
    if (JSON.stringify(normalise(currentValue)) !== JSON.stringify(normalise(value)))
      differing[key] = value;
  }
  return differing as Settings;
}

function sortedList(value: unknown): unknown {
  return Array.isArray(value) ? [...value].map(String).sort() : value;
}
