import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SearchConfig } from '@forum/api/platform';
import { SearchClient, type SearchIndex } from '@forum/api/search';
import { DataSource } from 'typeorm';
import { PostIndexer } from './post-indexer.js';
import { PostSources } from './post-sources.js';
import { type PostDocument, postsIndex, postsIndexFor, type PostType } from './posts.index.js';

const pageSize = 1_000;
/** Documents read from Meilisearch at once when checking recently changed posts. */
const documentReadConcurrency = 20;

export interface PostRef {
  type: PostType;
  id: string;
}

export interface ConsistencyReport {
  /** Visible posts in the database. */
  checked: number;
  /** Visible posts without a document. */
  missing: PostRef[];
  /** Documents whose content differs from the database. */
  stale: PostRef[];
  /** Documents of posts that are deleted or gone. */
  extra: PostRef[];
}

/** The digest of a post's document, or null when the index has none. */
async function indexedDigest(index: SearchIndex<PostDocument>, id: string): Promise<string | null> {
  try {
    return (await index.getDocument(id)).digest;
  } catch (error) {
    if (errorCodes(error).includes('document_not_found')) return null;
    throw error;
  }
}

/** The codes along an error's chain of causes (Meilisearch's code sits on the innermost). */
function errorCodes(error: unknown): string[] {
  const codes: string[] = [];
  for (let current = error; current && typeof current === 'object';) {
    const { code, cause } = current as { code?: unknown; cause?: unknown };
    if (typeof code === 'string') codes.push(code);
    current = cause;
  }
  return codes;
}

export function differenceCount(report: ConsistencyReport): number {
  return report.missing.length + report.stale.length + report.extra.length;
}

/** Rebuilding the index from the database and checking that it agrees with the database. */
@Injectable()
export class IndexMaintenance {
  private readonly logger = new Logger(IndexMaintenance.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly search: SearchClient,
    private readonly indexer: PostIndexer,
    private readonly sources: PostSources,
    private readonly config: SearchConfig,
  ) {}

  /**
   * Builds a new index from the database and swaps it in atomically: searches keep answering
   * from the old index until the swap. Changes made during the build went to the old index, so
   * afterwards the differences are re-queued for the indexer.
   */
  async rebuild(): Promise<{ documents: number; requeued: number }> {
    const definition = postsIndexFor(this.config);
    await this.search.applyDefinition(definition);
    const build = await this.search.createTemporaryIndex<PostDocument>(definition);
    let documents = 0;
    const tasks: number[] = [];
    await this.eachPage(async (page) => {
      tasks.push(await build.addDocuments(page));
      documents += page.length;
    });
    for (const taskUid of tasks) await this.succeeded(taskUid);
    await this.search.swapIn(postsIndex.uid, build);
    const report = await this.check();
    const requeued = await this.repair(report);
    this.logger.log({ documents, requeued }, 'Search index rebuilt');
    return { documents, requeued };
  }

  /** Compares every visible post with its document; reads only ids and digests from the index. */
  async check(): Promise<ConsistencyReport> {
    const indexed = new Map<string, Pick<PostDocument, 'type' | 'digest'>>();
    const index = this.search.index<PostDocument>(postsIndex.uid);
    for (let offset = 0; ; offset += 10_000) {
      const { results } = await index.getDocuments({
        fields: ['id', 'type', 'digest'],
        offset,
        limit: 10_000,
      });
      for (const document of results) indexed.set(document.id, document);
      if (results.length < 10_000) break;
    }
    const report: ConsistencyReport = { checked: 0, missing: [], stale: [], extra: [] };
    await this.eachPage(async (page) => {
      for (const document of page) {
        report.checked += 1;
        const ref = { type: document.type, id: document.id };
        const indexedDocument = indexed.get(document.id);
        if (!indexedDocument) report.missing.push(ref);
        else if (indexedDocument.digest !== document.digest) report.stale.push(ref);
        indexed.delete(document.id);
      }
    });
    report.extra = [...indexed].map(([id, { type }]) => ({ type, id }));
    return report;
  }

  /**
   * Compares the posts changed since `since` (at most `limit` of each type, the most recent first)
   * with their documents: the bounded check the scheduled reconciliation runs, which catches what
   * an index job missed (a job lost with a restored backup, a document deleted by hand).
   */
  async checkChangedSince(since: Date, limit: number): Promise<ConsistencyReport> {
    const report: ConsistencyReport = { checked: 0, missing: [], stale: [], extra: [] };
    const index = this.search.index<PostDocument>(postsIndex.uid);
    for (const source of this.sources.all) {
      const ids = await source.changedSince(this.dataSource.manager, since, limit);
      const visible = new Map(
        (await source.load(this.dataSource.manager, ids)).map((document) => [
          document.id,
          document,
        ]),
      );
      for (let start = 0; start < ids.length; start += documentReadConcurrency) {
        const chunk = ids.slice(start, start + documentReadConcurrency);
        const indexed = await Promise.all(chunk.map((id) => indexedDigest(index, id)));
        chunk.forEach((id, i) => {
          const document = visible.get(id);
          const ref = { type: source.type, id };
          if (document) report.checked += 1;
          if (document && indexed[i] === null) report.missing.push(ref);
          else if (document && indexed[i] !== document.digest) report.stale.push(ref);
          else if (!document && indexed[i] !== null) report.extra.push(ref);
        });
      }
    }
    return report;
  }

  /** Queues every difference for the indexer, which reads the current state again. */
  async repair(report: ConsistencyReport): Promise<number> {
    const refs = [...report.missing, ...report.stale, ...report.extra];
    await this.dataSource.transaction(async (manager) => {
      for (const type of new Set(refs.map((ref) => ref.type))) {
        const ids = refs.filter((ref) => ref.type === type).map((ref) => ref.id);
        for (let start = 0; start < ids.length; start += pageSize) {
          await this.indexer.enqueue(manager, { type, ids: ids.slice(start, start + pageSize) });
        }
      }
    });
    return refs.length;
  }

  private async eachPage(handle: (page: PostDocument[]) => Promise<void>): Promise<void> {
    for (const source of this.sources.all) {
      let afterId: string | null = null;
      for (;;) {
        const page = await source.page(this.dataSource.manager, afterId, pageSize);
        if (page.length === 0) break;
        await handle(page);
        afterId = page[page.length - 1]!.id;
      }
    }
  }

  private async succeeded(taskUid: number): Promise<void> {
    const task = await this.search.waitForTask(taskUid, { timeoutMs: 600_000 });
    if (task.status !== 'succeeded')
      throw new Error(
        `Search task ${taskUid} (${task.type}) ${task.status}: ${task.error?.message}`,
      );
  }
}
