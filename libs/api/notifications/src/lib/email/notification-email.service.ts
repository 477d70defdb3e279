import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserService } from '@forum/api/identity';
import { type Job, JobQueue, type QueueOptions } from '@forum/api/jobs';
import { MailService, resolveLocale } from '@forum/api/mail';
import { MailConfig } from '@forum/api/platform';
import {
  EmailCadence,
  type NotificationKind,
  selfMailedNotificationKinds,
} from '@forum/shared/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { type NotificationEvent, NotificationEvents } from '../notification-events.js';
import { NotificationPreferenceService } from '../preferences/notification-preference.service.js';
import { notificationMailContent } from './notification-mail-content.js';
import { unsubscribeLinks } from './unsubscribe-links.js';
import { UnsubscribeTokenService } from './unsubscribe-token.service.js';

export const notificationEmailQueue = 'notifications.email';

const queueOptions: QueueOptions = {
  retryLimit: 5,
  retryDelay: 30,
  retryBackoff: true,
  expireInSeconds: 300,
  // A job whose worker died goes back to the queue once it missed its heartbeat this long.
  heartbeatSeconds: 30,
  deleteAfterSeconds: 24 * 60 * 60,
};

export interface NotificationEmailJob {
  notificationId: string;
  userId: string;
  /**
   * The notification's count when the job was queued. A later event coalesced into the same
   * notification queues its own job with a higher count, and only that one is sent, so a burst
   * becomes one mail ("3 new answers") instead of three.
   */
  count?: number;
}

/**
 * E-mails a notification at once to the people who want its kind immediately and have a
 * verified address. The job is queued with the notification and reads the row only when it
 * runs: a notification deleted in between (its post was hidden) is not mailed.
 */
@Injectable()
export class NotificationEmailService implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger(NotificationEmailService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: NotificationEvents,
    private readonly queue: JobQueue,
    private readonly mail: MailService,
    private readonly config: MailConfig,
    private readonly users: UserService,
    private readonly preferences: NotificationPreferenceService,
    private readonly tokens: UnsubscribeTokenService,
  ) {}

  onModuleInit(): void {
    this.events.subscribe((manager, event) => this.enqueue(manager, event), {
      phase: 'project',
      name: 'notifications.email',
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.ensureQueue(notificationEmailQueue, queueOptions);
    await this.queue.work<NotificationEmailJob>(
      notificationEmailQueue,
      { batchSize: 10, pollingIntervalSeconds: 2 },
      (jobs) => Promise.all(jobs.map((job) => this.handle(job))),
    );
  }

  private async enqueue(manager: EntityManager, event: NotificationEvent): Promise<void> {
    if (selfMailedNotificationKinds.includes(event.kind)) return;
    const cadences = await this.preferences.cadencesOf(manager, event.userIds, event.kind);
    const wanting = event.userIds.filter((id) => cadences.get(id) === EmailCadence.Immediately);
    if (wanting.length === 0) return;
    const mailable = new Set((await this.users.mailRecipients(wanting, manager)).map((u) => u.id));
    const ids = event.notificationIds.filter((_, index) => mailable.has(event.userIds[index]!));
    if (ids.length === 0) return;
    const rows: Array<{ id: string; user_id: string; count: number }> = await manager.query(
      `SELECT id, user_id, count FROM notification WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    for (const row of rows) {
      await this.queue.sendInTransaction(manager, notificationEmailQueue, {
        notificationId: row.id,
        userId: row.user_id,
        count: row.count,
      } satisfies NotificationEmailJob);
    }
  }

  /** Queues the mail of one notification; returns whether there was one to send. */
  async handle(job: Pick<Job<NotificationEmailJob>, 'data'>): Promise<boolean> {
    const { notificationId, userId } = job.data;
    // Only the newest job of a coalesced notification sends (see `count`).
    const [row]: Array<{
      user_id: string;
      kind: NotificationKind;
      payload: Record<string, unknown>;
      count: number;
      actor_id: string | null;
    }> = await this.dataSource.query(
      `SELECT n.user_id, n.kind, n.payload, n.count, n.actor_id
       FROM notification n WHERE n.id = $1 AND n.user_id = $2`,
      [notificationId, userId],
    );
    if (!row) return false;
    if (job.data.count !== undefined && row.count !== job.data.count) return false;
    const [recipient] = await this.users.mailRecipients([userId]);
    if (!recipient) return false;
    const cadence = (
      await this.preferences.cadencesOf(this.dataSource.manager, [userId], row.kind)
    ).get(userId);
    // The person may have switched this kind off since the notification was written.
    if (cadence !== EmailCadence.Immediately) return false;
    const locale = resolveLocale(recipient.locale);
    const actors = await this.users.displayNames(row.actor_id ? [row.actor_id] : []);
    const links = unsubscribeLinks(
      this.config.webOrigin,
      await this.tokens.issue(userId, row.kind),
    );
    await this.mail.send({
      to: recipient.email,
      locale,
      template: 'notification',
      data: {
        displayName: recipient.displayName,
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
        unsubscribeLink: links.page,
        preferencesLink: links.preferences,
      },
      headers: links.headers,
    });
    this.logger.debug({ notificationId, kind: row.kind }, 'Queued notification mail');
    return true;
  }
}
