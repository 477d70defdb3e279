import { Inject, Injectable } from '@nestjs/common';
import { Gauge } from 'prom-client';
import { ForumMetrics } from './forum-metrics.js';
import type { ScrapeCollector } from './scrape-collector.js';

/** How many mails the mail library gave up on and keeps as dead letters; null: not wired. */
export const MAIL_DEAD_LETTER_COUNT = Symbol('MAIL_DEAD_LETTER_COUNT');
export type MailDeadLetterCount = (() => Promise<number>) | null;

/** `forum_mail_dead_letters`, present once a dead-letter count is provided (metrics.module.ts). */
@Injectable()
export class MailDeadLetterMetrics implements ScrapeCollector {
  readonly name = 'mail_dead_letters';
  private readonly gauge: Gauge | null;

  constructor(
    metrics: ForumMetrics,
    @Inject(MAIL_DEAD_LETTER_COUNT) private readonly count: MailDeadLetterCount,
  ) {
    this.gauge = count
      ? new Gauge({
          name: 'forum_mail_dead_letters',
          help: 'Mails given up on after their last attempt, kept as dead letters for an operator.',
          registers: [metrics.registry],
        })
      : null;
  }

  async collect(): Promise<void> {
    if (this.count && this.gauge) this.gauge.set(await this.count());
  }
}
