import type { Settings } from 'meilisearch';

/** How an index ranks, filters and sorts: Meilisearch's settings, as the platform passes them on. */
export type SearchIndexSettings = Settings;

/**
 * An index as the code wants it. Settings live here, versioned with the code that writes the
 * documents, and are applied at start-up only when they differ from what Meilisearch has.
 */
export interface SearchIndexDefinition {
  /** Index name without the installation's prefix. */
  uid: string;
  primaryKey: string;
  settings: SearchIndexSettings;
}
