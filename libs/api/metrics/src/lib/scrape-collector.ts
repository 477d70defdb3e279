/** Reads figures from elsewhere (the database, the pool) into the metrics, once per scrape. */
export interface ScrapeCollector {
  /** The `collector` label of `forum_metrics_collector_up`. */
  readonly name: string;
  collect(): Promise<void>;
}
