import type { Index } from 'meilisearch';
import type { SearchDocument } from './search-types.js';

/**
 * One index of this installation. Writes only queue a Meilisearch task and return its uid; wait
 * for it with `SearchClient.waitForTask` when the caller must know the documents are searchable.
 */
export class SearchIndex<T extends SearchDocument> {
  constructor(
    /** Index name without the installation's prefix. */
    readonly uid: string,
    private readonly index: Index<T>,
  ) {}

  /** Adds these documents, replacing those with the same ids. */
  async addDocuments(documents: T[]): Promise<number> {
    return (await this.index.addDocuments(documents)).taskUid;
  }

  async deleteDocuments(ids: string[]): Promise<number> {
    return (await this.index.deleteDocuments(ids)).taskUid;
  }

  /** Rejects when there is no document with this id. */
  getDocument(id: string): Promise<T> {
    return this.index.getDocument(id);
  }

  /** One page of documents in storage order, with only the given fields. */
  async getDocuments<F extends Extract<keyof T, string>>(page: {
    fields: F[];
    offset?: number;
    limit: number;
  }): Promise<{ results: Array<Pick<T, F>>; total: number }> {
    const { results, total } = await this.index.getDocuments({
      fields: page.fields,
      offset: page.offset,
      limit: page.limit,
    });
    return { results, total };
  }
}
