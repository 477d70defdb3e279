import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getDataSourceToken } from '@nestjs/typeorm';
import { MailService } from '@forum/api/mail';
import {
  createTestApp,
  gql,
  linkIn,
  type MailCatcher,
  newPerson,
  startTestMailbox,
  type TestApp,
} from '@forum/api/testing';
import type { DataSource } from 'typeorm';
import { IdentityModule } from '../identity.module.js';

const bulkMails = 1_000;
/** The promise to someone who asked for a reset while the community's mail is busy. */
const resetWithinMs = 5_000;
/** Enough for 1,000 mails on a busy machine; one mail a second, as before mail classes, fails. */
const bulkWithinMs = 180_000;

describe('a password reset while bulk mail is being sent', () => {
  let api: TestApp;
  let mailbox: MailCatcher;

  beforeAll(async () => {
    mailbox = await startTestMailbox({ keep: bulkMails + 100 });
    api = await createTestApp([IdentityModule], {
      SMTP_URL: mailbox.smtpUrl,
      WEB_ORIGIN: 'http://localhost:4200',
    });
  });

  afterAll(async () => {
    await api?.close();
    await mailbox?.stop();
  });

  it('reaches the SMTP server within 5 s behind 1,000 queued notifications, which all follow', async () => {
    const person = await newPerson(api);
    const mail = api.app.get(MailService);
    const follower = (n: number) => `follower-${n}@example.com`;

    // One commit makes the whole backlog visible to the worker at once.
    await api.app.get<DataSource>(getDataSourceToken()).transaction(async (manager) => {
      for (let n = 0; n < bulkMails; n++) {
        await mail.sendInTransaction(manager, {
          to: follower(n),
          locale: 'en',
          template: 'notification',
          data: {
            displayName: `Follower ${n}`,
            kind: 'idea.status_changed',
            actorName: null,
            count: 1,
            title: 'Export invoices as CSV',
            targetTitle: null,
            detail: 'planned',
            quote: 'We start in the next quarter.',
            link: 'http://localhost:4200/ideas/0b9f',
            unsubscribeLink: 'http://localhost:4200/unsubscribe?token=t1',
            preferencesLink: 'http://localhost:4200/settings/notifications',
          },
        });
      }
    });
    const queuedAt = Date.now();

    const requestedAt = Date.now();
    const requested = await gql(api, {
      query:
        'mutation R($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }',
      variables: { input: { email: person.email } },
    });
    expect(requested.errors).toBeUndefined();
    const reset = await mailbox.waitForMail((m) => m.to.includes(person.email), resetWithinMs);
    const resetDelayMs = reset.date.getTime() - requestedAt;
    expect(linkIn(reset, '/reset-password').searchParams.get('token')).toBeTruthy();
    expect(resetDelayMs).toBeLessThan(resetWithinMs);
    // The reset went ahead of the backlog, not after it.
    const bulkBeforeReset = mailbox.messages().filter((m) => m.id < reset.id).length;
    expect(bulkBeforeReset).toBeLessThan(bulkMails);

    const everyBulkMail = await waitForRecipients(
      mailbox,
      Array.from({ length: bulkMails }, (_, n) => follower(n)),
      bulkWithinMs,
    );
    const lastAt = Math.max(...everyBulkMail.map((m) => m.date.getTime()));
    const perSecond = bulkMails / ((lastAt - queuedAt) / 1000);
    process.stdout.write(
      `reset after ${resetDelayMs} ms with ${bulkBeforeReset} bulk mails before it; ` +
        `${bulkMails} bulk mails at ${perSecond.toFixed(1)}/s\n`,
    );
  }, 240_000);
});

/** Waits until every recipient has a mail; fails naming how many did. */
async function waitForRecipients(mailbox: MailCatcher, recipients: string[], timeoutMs: number) {
  const wanted = new Set(recipients);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = mailbox.messages().filter((m) => m.to.some((to) => wanted.has(to)));
    const reached = new Set(found.flatMap((m) => m.to));
    if (reached.size === wanted.size) return found;
    if (Date.now() > deadline) {
      throw new Error(`${reached.size} of ${wanted.size} mails arrived within ${timeoutMs} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
