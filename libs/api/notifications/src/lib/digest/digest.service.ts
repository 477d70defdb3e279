import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserService } from '@forum/api/identity';
import { type Job, JobQueue, type QueueOptions } from '@forum/api/jobs';
import { type DigestItem, MailService, resolveLocale } from '@forum/api/mail';
import { Clock, MailConfig } from '@forum/api/platform';
import {
  defaultEmailCadence,
  DigestUnsubscribeScope,
  EmailCadence,
  type NotificationKind,
  notificationKinds,
} from '@forum/shared/domain';
import { DataSource } from 'typeorm';
import { notificationMailContent } from '../email/notification-mail-content.js';
import { unsubscribeLinks } from '../email/unsubscribe-links.js';
import { UnsubscribeTokenService } from '../email/unsubscribe-token.service.js';
import { NotificationPreferenceService } from '../preferences/notification-preference.service.js';
import { DigestExtrasRegistry } from './digest-extras.js';

export const digestTickQueue = 'notifications.digest.tick';
export const digestQueue = 'notifications.digest';
/** Every quarter of an hour, so time zones with half- and quarter-hour offsets are on time too. */
export const digestTickCron = '*/15 * * * *';

export type DigestCadence = typeof EmailCadence.Daily | typeof EmailCadence.Weekly;
const digestCadences: readonly DigestCadence[] = [EmailCadence.Daily, EmailCadence.Weekly];

/** Local time of day a digest is due: 08:00, and for the weekly one on Monday. */
const dueHour = 8;
/** A tick that was missed (the service was down) still sends a period's digest this late. */
const catchUpHours = 6;
/** Notifications per digest, newest first. */
export const digestItemLimit = 50;
/** Solved questions per digest. */
export const digestSolvedLimit = 10;

const periodMs: Record<DigestCadence, number> = {
  daily: 24 * 60 * 60 * 1000,
  weekly: 7 * 24 * 60 * 60 * 1000,
};
const truncUnit: Record<DigestCadence, string> = { daily: 'day', weekly: 'week' };
const unsubscribeScope: Record<DigestCadence, DigestUnsubscribeScope> = {
  daily: DigestUnsubscribeScope.Daily,
  weekly: DigestUnsubscribeScope.Weekly,
};

export interface DigestJob {
  userId: string;
  cadence: DigestCadence;
  /** ISO 8601: when the period's digest became due (08:00 local). */
  periodStart: string;
}

const queueOptions: QueueOptions = {
  retryLimit: 5,
  retryDelay: 60,
  retryBackoff: true,
  expireInSeconds: 300,
  // A job whose worker died goes back to the queue once it missed its heartbeat this long.
  heartbeatSeconds: 30,
  deleteAfterSeconds: 24 * 60 * 60,
};

/**
 * Daily and weekly digests. A tick on the durable queue finds the people whose local 08:00 (on
 * Monday for the weekly one) has just passed and queues one digest job per person and period;
 * the job writes the period's `notification_digest` row and queues the mail in one transaction,
 * so however often it runs, the period gets one mail.
 */
@Injectable()
export class DigestService implements OnApplicationBootstrap {
  private readonly logger = new Logger(DigestService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queue: JobQueue,
    private readonly mail: MailService,
    private readonly config: MailConfig,
    private readonly clock: Clock,
    private readonly users: UserService,
    private readonly preferences: NotificationPreferenceService,
    private readonly tokens: UnsubscribeTokenService,
    private readonly extras: DigestExtrasRegistry,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.ensureQueue(digestTickQueue, {
      retryLimit: 0,
      expireInSeconds: 600,
      heartbeatSeconds: 30,
    });
    await this.queue.ensureQueue(digestQueue, queueOptions);
    await this.queue.schedule(digestTickQueue, digestTickCron);
    await this.queue.work(digestTickQueue, { pollingIntervalSeconds: 10 }, () => this.tick());
    await this.queue.work<DigestJob>(
      digestQueue,
      { batchSize: 5, pollingIntervalSeconds: 5 },
      (jobs) => Promise.all(jobs.map((job: Job<DigestJob>) => this.send(job.data))),
    );
  }

  /** Queues the digests that are due now and not handled yet; returns them. */
  async tick(): Promise<DigestJob[]> {
    const now = this.clock.now();
    const due: DigestJob[] = [];
    for (const cadence of digestCadences) {
      const defaults = notificationKinds.filter((kind) => defaultEmailCadence[kind] === cadence);
      const rows: Array<{ id: string; period_start: Date }> = await this.dataSource.query(
        `SELECT u.id, p.period_start
         FROM user_account u
         -- A zone the browser knew but this PostgreSQL does not falls back to UTC.
         LEFT JOIN pg_timezone_names tz ON tz.name = u.time_zone
         CROSS JOIN LATERAL (SELECT coalesce(tz.name, 'UTC') AS zone) z
         CROSS JOIN LATERAL (
           SELECT (date_trunc($2, ($1::timestamptz AT TIME ZONE z.zone) - make_interval(hours => $3))
                   + make_interval(hours => $3)) AT TIME ZONE z.zone AS period_start
         ) p
         WHERE u.deleted_at IS NULL AND u.email_verified_at IS NOT NULL
           AND p.period_start <= $1::timestamptz
           AND p.period_start > $1::timestamptz - make_interval(hours => $4)
           AND (
             EXISTS (SELECT 1 FROM notification_preference np
                     WHERE np.user_id = u.id AND np.email_cadence = $5)
             OR EXISTS (SELECT 1 FROM unnest($6::varchar[]) AS d(kind)
                        WHERE NOT EXISTS (SELECT 1 FROM notification_preference np
                                          WHERE np.user_id = u.id AND np.kind = d.kind))
           )
           AND NOT EXISTS (SELECT 1 FROM notification_digest nd
                           WHERE nd.user_id = u.id AND nd.cadence = $5
                             AND nd.period_start = p.period_start)`,
        [now, truncUnit[cadence], dueHour, catchUpHours, cadence, defaults],
      );
      for (const row of rows) {
        const job: DigestJob = {
          userId: row.id,
          cadence,
          periodStart: new Date(row.period_start).toISOString(),
        };
        await this.queue.send(digestQueue, job, {
          singletonKey: `${job.userId}:${job.cadence}:${job.periodStart}`,
        });
        due.push(job);
      }
    }
    if (due.length > 0) this.logger.log({ digests: due.length }, 'Queued due digests');
    return due;
  }

  /** Builds and queues one person's digest of one period; returns whether a mail was queued. */
  async send(job: DigestJob): Promise<boolean> {
    const periodStart = new Date(job.periodStart);
    const cadence = job.cadence;
    return this.dataSource.transaction(async (manager) => {
      const claimed: unknown[] = await manager.query(
        `INSERT INTO notification_digest (user_id, cadence, period_start, item_count, created_at)
         VALUES ($1, $2, $3, 0, $4) ON CONFLICT DO NOTHING RETURNING user_id`,
        [job.userId, cadence, periodStart, this.clock.now()],
      );
      // Handled already, by an earlier run of this job or a duplicate of it.
      if (claimed.length === 0) return false;
      const [recipient] = await this.users.mailRecipients([job.userId], manager);
      if (!recipient) return false;
      const kinds = await this.preferences.kindsWithCadence(manager, job.userId, cadence);
      const [previous]: Array<{ period_start: Date }> = await manager.query(
        `SELECT period_start FROM notification_digest
         WHERE user_id = $1 AND cadence = $2 AND period_start < $3
         ORDER BY period_start DESC LIMIT 1`,
        [job.userId, cadence, periodStart],
      );
      const since = new Date(
        Math.max(periodStart.getTime() - periodMs[cadence], previous?.period_start.getTime() ?? 0),
      );
      const locale = resolveLocale(recipient.locale);
      const items = await this.items(job.userId, kinds, since, periodStart, locale, manager);
      // Solved questions go into the daily digest, or the weekly one for people without a daily.
      const wantsExtras =
        cadence === EmailCadence.Daily ||
        (await this.preferences.kindsWithCadence(manager, job.userId, EmailCadence.Daily))
          .length === 0;
      const solved =
        wantsExtras && this.extras.current
          ? await this.extras.current.solvedQuestions(
              manager,
              job.userId,
              since,
              periodStart,
              digestSolvedLimit,
            )
          : [];
      if (items.length === 0 && solved.length === 0) return false;
      await manager.query(
        `UPDATE notification_digest SET item_count = $4
         WHERE user_id = $1 AND cadence = $2 AND period_start = $3`,
        [job.userId, cadence, periodStart, items.length + solved.length],
      );
      const links = unsubscribeLinks(
        this.config.webOrigin,
        await this.tokens.issue(job.userId, unsubscribeScope[cadence]),
      );
      await this.mail.sendInTransaction(manager, {
        to: recipient.email,
        locale,
        template: 'notification-digest',
        data: {
          displayName: recipient.displayName,
          cadence,
          timeZone: recipient.timeZone,
          periodEnd: periodStart.toISOString(),
          items,
          solvedQuestions: solved.map((question) => ({
            title: question.title,
            productName: question.productName,
            link: new URL(`/questions/${question.questionId}`, this.config.webOrigin).toString(),
            solvedAt: question.solvedAt.toISOString(),
          })),
          unsubscribeLink: links.page,
          preferencesLink: links.preferences,
        },
        headers: links.headers,
      });
      return true;
    });
  }

  private async items(
    userId: string,
    kinds: readonly NotificationKind[],
    since: Date,
    until: Date,
    locale: 'en' | 'de',
    manager: DataSource['manager'],
  ): Promise<DigestItem[]> {
    if (kinds.length === 0) return [];
    const rows: Array<{
      kind: NotificationKind;
      payload: Record<string, unknown>;
      count: number;
      actor_id: string | null;
      created_at: Date;
    }> = await manager.query(
      `SELECT n.kind, n.payload, n.count, n.actor_id, n.created_at
       FROM notification n
       WHERE n.user_id = $1 AND n.kind = ANY($2::varchar[])
         AND n.created_at >= $3 AND n.created_at < $4
       ORDER BY n.created_at DESC, n.id DESC
       LIMIT $5`,
      [userId, kinds, since, until, digestItemLimit],
    );
    const actors = await this.users.displayNames(
      rows.flatMap((row) => (row.actor_id ? [row.actor_id] : [])),
      manager,
    );
    return rows.map((row) => ({
      ...notificationMailContent(
        {
          userId,
          kind: row.kind,
          payload: row.payload,
          count: row.count,
          actorName: (row.actor_id && actors.get(row.actor_id)) || null,
        },
        locale,
        this.config.webOrigin,
      ),
      at: new Date(row.created_at).toISOString(),
    }));
  }
}
