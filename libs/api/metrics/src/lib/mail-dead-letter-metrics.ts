import { Injectable } from '@nestjs/common';
import { MailDeadLetters } from '@forum/api/mail';
import { Gauge } from 'prom-client';
import { ForumMetrics } from './forum-metrics.js';
import type { ScrapeCollector } from './scrape-collector.js';

/** `forum_mail_dead_letters`: mails given up on, waiting for an admin to resend them. */
@Injectable()
export class MailDeadLetterMetrics implements ScrapeCollector {
  readonly name = 'mail_dead_letters';
  private readonly gauge: Gauge;

  constructor(
    metrics: ForumMetrics,
    private readonly deadLetters: MailDeadLetters,
  ) {
    this.gauge = new Gauge({
      name: 'forum_mail_dead_letters',
      help: 'Mails given up on after their last attempt, kept as dead letters for an operator.',
      registers: [metrics.registry],
    });
  }

  async collect(): Promise<void> {
    this.gauge.set(await this.deadLetters.count());
  }
}
