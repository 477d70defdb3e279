import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type DynamicModule, Global, type INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { createDataSourceOptions, DatabaseModule } from '@forum/api/database';
import { JobsModule } from '@forum/api/jobs';
import { Clock, DatabaseConfig, MailConfig } from '@forum/api/platform';
import { createTestDatabase, type TestDatabase } from '@forum/api/test-env';
import { type MailCatcher, startMailCatcher } from '@forum/tools/dev-services';
import { DataSource } from 'typeorm';
import { MailModule } from './mail.module.js';
import { MailService } from './mail.service.js';

/** The queue's worker sends the mail; on a busy machine that can take a while. */
const mailWaitMs = 30_000;

function configModule(database: DatabaseConfig, mail: MailConfig): DynamicModule {
  @Global()
  @Module({})
  class TestConfigModule {}
  const providers = [
    { provide: DatabaseConfig, useValue: database },
    { provide: MailConfig, useValue: mail },
    { provide: Clock, useValue: new Clock() },
  ];
  return { module: TestConfigModule, providers, exports: [DatabaseConfig, MailConfig, Clock] };
}

describe('MailModule', () => {
  let database: TestDatabase;
  let catcher: MailCatcher;
  let app: INestApplicationContext;
  let dataSource: DataSource;
  let mail: MailService;

  beforeAll(async () => {
    database = await createTestDatabase();
    catcher = await startMailCatcher({ smtpPort: 0 });
    const databaseConfig = new DatabaseConfig(database.url, 2);
    const mailConfig = new MailConfig(
      catcher.smtpUrl,
      '"Kunden-Community" <community@forum.example>',
      'https://forum.example',
    );

    @Module({
      imports: [
        configModule(databaseConfig, mailConfig),
        DatabaseModule.forRoot(databaseConfig),
        JobsModule,
        MailModule,
      ],
    })
    class TestRootModule {}

    app = await NestFactory.createApplicationContext(TestRootModule, { logger: false });
    mail = app.get(MailService);
    dataSource = await new DataSource(createDataSourceOptions(databaseConfig)).initialize();
  });

  afterAll(async () => {
    await app?.close();
    await dataSource?.destroy();
    await catcher?.stop();
    await database?.drop();
  });

  it('sends a queued German verification mail over SMTP', async () => {
    const link = 'https://forum.example/verify-email?token=Zm9vYmFy&lang=de';
    await mail.send({
      to: 'juergen@example.com',
      locale: 'de',
      template: 'verify-email',
      data: { displayName: '<script>alert(1)</script> Jürgen', link },
    });

    const received = await catcher.waitForMail(
      (m) => m.to.includes('juergen@example.com'),
      mailWaitMs,
    );
    expect(received.to).toEqual(['juergen@example.com']);
    expect(received.from).toBe('"Kunden-Community" <community@forum.example>');
    expect(received.subject).toBe('Bestätigen Sie Ihre E-Mail-Adresse');
    expect(received.text).toContain('Hallo <script>alert(1)</script> Jürgen,');
    expect(received.text).toContain(link);
    expect(received.html).toContain('Hallo &lt;script&gt;alert(1)&lt;/script&gt; Jürgen,');
    expect(received.html).not.toContain('<script>');
    expect(received.html).toContain(`href="${link.replace('&', '&amp;')}"`);

    const [job] = await dataSource.query<Array<{ id: string }>>(
      "SELECT id FROM pgboss.job WHERE name = 'mail.send' AND data->>'to' = $1",
      ['juergen@example.com'],
    );
    // Stable per job, so a retried send carries the same Message-ID.
    expect(received.messageId).toBe(`<${job?.id}@forum.example>`);
  });

  it('sends bulk mail from a queue of its own, with a Message-ID from its job', async () => {
    await mail.send({
      to: 'follower@example.com',
      locale: 'en',
      template: 'notification',
      data: {
        displayName: 'Follower',
        kind: 'idea.status_changed',
        actorName: null,
        count: 1,
        title: 'Export invoices as CSV',
        targetTitle: null,
        detail: 'shipped',
        quote: 'Out now.',
        link: 'https://forum.example/ideas/1',
        unsubscribeLink: 'https://forum.example/unsubscribe?token=t1',
        preferencesLink: 'https://forum.example/settings/notifications',
      },
    });

    const received = await catcher.waitForMail(
      (m) => m.to.includes('follower@example.com'),
      mailWaitMs,
    );
    expect(received.subject).toBe('Idea shipped: Export invoices as CSV');
    const [job] = await dataSource.query<Array<{ id: string }>>(
      "SELECT id FROM pgboss.job WHERE name = 'mail.bulk' AND data->>'to' = $1",
      ['follower@example.com'],
    );
    expect(received.messageId).toBe(`<${job?.id}@forum.example>`);
  });

  it('retries failed sends with back-off for 72 hours, wakes on new jobs and keeps finished jobs only briefly', async () => {
    const queues: unknown[] = await dataSource.query(
      "SELECT name, retry_limit, retry_delay, retry_backoff, retry_delay_max, retention_seconds, deletion_seconds, notify FROM pgboss.queue WHERE name IN ('mail.send', 'mail.bulk') ORDER BY name",
    );
    const options = {
      retry_limit: 7 + Math.ceil((72 * 3600 - 1270) / 900),
      retry_delay: 10,
      retry_backoff: true,
      retry_delay_max: 900,
      retention_seconds: 96 * 3600,
      deletion_seconds: 3600,
      notify: true,
    };
    expect(queues).toEqual([
      { name: 'mail.bulk', ...options },
      { name: 'mail.send', ...options },
    ]);
  });

  it('sends a mail queued in a transaction only when that transaction commits', async () => {
    const message = (to: string) =>
      ({
        to,
        locale: 'en',
        template: 'password-changed',
        data: { displayName: 'Anna', resetLink: 'https://forum.example/reset-password' },
      }) as const;

    await expect(
      dataSource.transaction(async (manager) => {
        await mail.sendInTransaction(manager, message('rolled-back@example.com'));
        throw new Error('the password update failed');
      }),
    ).rejects.toThrow('the password update failed');
    await dataSource.transaction((manager) =>
      mail.sendInTransaction(manager, message('committed@example.com')),
    );

    const received = await catcher.waitForMail(
      (m) => m.to.includes('committed@example.com'),
      mailWaitMs,
    );
    expect(received.subject).toBe('Your password was changed');
    const recipients: Array<{ to: string }> = await dataSource.query(
      "SELECT data->>'to' AS to FROM pgboss.job WHERE name = 'mail.send' AND data->>'to' LIKE '%ed@example.com'",
    );
    expect(recipients).toEqual([{ to: 'committed@example.com' }]);
    expect(catcher.messages().flatMap((m) => m.to)).not.toContain('rolled-back@example.com');
  });

  it('delivers transactional mail ahead of a bulk backlog queued before it', async () => {
    const bulk = Array.from({ length: 60 }, (_, i) => `backlog-${i}@example.com`);
    const urgent = ['urgent-1@example.com', 'urgent-2@example.com', 'urgent-3@example.com'];
    // One commit makes the whole backlog visible to both workers at the same moment, bulk first.
    await dataSource.transaction(async (manager) => {
      for (const to of bulk) {
        await mail.sendInTransaction(manager, {
          to,
          locale: 'en',
          template: 'notification',
          data: {
            displayName: 'Follower',
            kind: 'idea.status_changed',
            actorName: null,
            count: 1,
            title: 'Export invoices as CSV',
            targetTitle: null,
            detail: 'shipped',
            quote: 'Out now.',
            link: 'https://forum.example/ideas/1',
            unsubscribeLink: 'https://forum.example/unsubscribe?token=t1',
            preferencesLink: 'https://forum.example/settings/notifications',
          },
        });
      }
      for (const to of urgent) {
        await mail.sendInTransaction(manager, {
          to,
          locale: 'en',
          template: 'password-changed',
          data: { displayName: 'Anna', resetLink: 'https://forum.example/reset-password' },
        });
      }
    });

    for (const to of urgent) await catcher.waitForMail((m) => m.to.includes(to), mailWaitMs);
    const arrivedBeforeUrgent = catcher
      .messages()
      .filter((m) => m.to.some((to) => to.startsWith('backlog-'))).length;
    // The transactional worker and pool never wait for the bulk backlog to drain.
    expect(arrivedBeforeUrgent).toBeLessThan(bulk.length / 2);
    for (const to of bulk) await catcher.waitForMail((m) => m.to.includes(to), mailWaitMs);
  });
});
