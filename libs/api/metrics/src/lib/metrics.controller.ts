import { createHash, timingSafeEqual } from 'node:crypto';
import { Controller, Get, Inject, Logger, Req, Res } from '@nestjs/common';
import { ServerConfig } from '@forum/api/platform';
import type { Request, Response } from 'express';
import { ForumMetrics } from './forum-metrics.js';
import type { ScrapeCollector } from './scrape-collector.js';

export const SCRAPE_COLLECTORS = Symbol('SCRAPE_COLLECTORS');

const digest = (value: string) => createHash('sha256').update(value).digest();

/** A collector still waiting this long (no free connection, an unreachable server) counts as down. */
export const collectorTimeoutMs = 3_000;

/**
 * `GET /metrics` in Prometheus' text format, outside GraphQL. Not meant for the internet: nginx
 * does not pass it on, and with `METRICS_TOKEN` set it answers only `Authorization: Bearer <token>`.
 */
@Controller()
export class MetricsController {
  private readonly logger = new Logger(MetricsController.name);
  private readonly token: Buffer | null;

  constructor(
    private readonly metrics: ForumMetrics,
    @Inject(SCRAPE_COLLECTORS) private readonly collectors: ScrapeCollector[],
    server: ServerConfig,
  ) {
    this.token = server.metricsToken ? digest(server.metricsToken) : null;
  }

  @Get('metrics')
  async scrape(@Req() request: Request, @Res() response: Response): Promise<void> {
    if (!this.authorised(request.headers.authorization)) {
      response.status(401).setHeader('www-authenticate', 'Bearer').send('Unauthorized\n');
      return;
    }
    await Promise.all(this.collectors.map((collector) => this.collect(collector)));
    response
      .status(200)
      .setHeader('content-type', this.metrics.registry.contentType)
      .setHeader('cache-control', 'no-store')
      .send(await this.metrics.registry.metrics());
  }

  private authorised(header: string | undefined): boolean {
    if (!this.token) return true;
    const presented = /^Bearer (\S{1,512})$/.exec(header ?? '')?.[1];
    // Compared as digests of equal length, in constant time.
    return presented !== undefined && timingSafeEqual(digest(presented), this.token);
  }

  /** A collector that fails (database down) marks itself down; the scrape still answers. */
  private async collect(collector: ScrapeCollector): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        collector.collect(),
        new Promise((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`no answer within ${collectorTimeoutMs} ms`)),
            collectorTimeoutMs,
          );
        }),
      ]);
      this.metrics.collectorUp.set({ collector: collector.name }, 1);
    } catch (error) {
      this.metrics.collectorUp.set({ collector: collector.name }, 0);
      this.logger.warn({ err: error, collector: collector.name }, 'Metrics collector failed');
    } finally {
      clearTimeout(timer);
    }
  }
}
