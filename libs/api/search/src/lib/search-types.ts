import type { Hit, MultiSearchQuery, SearchResponse, Task } from 'meilisearch';

/** A stored document: the fields Meilisearch keeps for one entry of an index. */
export type SearchDocument = Record<string, unknown>;

/**
 * One query of a multi-search, on an index named without the installation's prefix: query text,
 * filter, sort, facets, highlighting and cropping as Meilisearch takes them.
 */
export type SearchQuery = Omit<MultiSearchQuery, 'indexUid'> & { index: string };

/** The answer to one query: hits (with `_formatted` and `_rankingScore` when asked for), facets. */
export type SearchResult<T extends SearchDocument> = SearchResponse<T>;

/** One hit of a search result. */
export type SearchResultHit<T extends SearchDocument> = Hit<T>;

/** A finished Meilisearch task; `status` says whether it succeeded. */
export type SearchTask = Task;
