import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MailDeadLetters, MailService } from '@forum/api/mail';
import {
  createForumTestContext,
  createTestApp,
  type ForumTestContext,
  gql,
  gqlData,
  linkIn,
  mailWaitMs,
  query,
  type TestApp,
  type TestSession,
} from '@forum/api/testing';
import { freePort, type MailCatcher, startMailCatcher } from '@forum/tools/dev-services';
import { Role } from '@forum/shared/domain';
import { featureModules } from '@forum/api/composition';

const minuteMs = 60_000;
const hourMs = 60 * minuteMs;

interface DeadMailNode {
  id: string;
  template: string;
  mailClass: string;
  recipient: string;
  attempts: number;
  lastError: string;
  state: string;
  resendable: boolean;
}

const deadMailQuery = `query DeadMail($first: Int!, $after: String) {
  deadMail(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id template mailClass recipient attempts lastError state resendable } }
  }
}`;

const resendMutation = `mutation Resend($ids: [ID!]!) {
  resendDeadMail(input: { ids: $ids }) { resent { id state resendable } }
}`;

/**
 * Mail across an SMTP outage, with the real queue, PostgreSQL and SMTP server. The SMTP port is
 * closed while the outage lasts; the test moves the API's clock (TEST_CLOCK_OFFSET_FILE) and
 * pulls each retry forward in the queue instead of waiting for its back-off.
 */
describe('mail through an SMTP outage', () => {
  let api: TestApp;
  let forum: ForumTestContext;
  let admin: TestSession;
  let member: TestSession;
  let clockDir: string;
  let clockFile: string;
  let offsetMs = 0;
  let smtpPort: number;
  let catcher: MailCatcher | undefined;

  async function moveClock(byMs: number): Promise<void> {
    offsetMs += byMs;
    await writeFile(clockFile, String(offsetMs));
    // The API reads the file again after 200 ms.
    await sleep(250);
  }

  async function smtpUp(): Promise<MailCatcher> {
    catcher = await startMailCatcher({ smtpPort });
    return catcher;
  }

  async function smtpDown(): Promise<void> {
    await catcher?.stop();
    catcher = undefined;
  }

  async function jobOf(queue: string, to: string): Promise<string> {
    for (const deadline = Date.now() + mailWaitMs; Date.now() < deadline; await sleep(100)) {
      const [job] = await query<{ id: string }>(
        api,
        'SELECT id FROM pgboss.job WHERE name = $1 AND data->>$2 = $3',
        [queue, 'to', to],
      );
      if (job) return job.id;
    }
    throw new Error(`no ${queue} job for ${to}`);
  }

  async function stateOf(jobId: string): Promise<string | undefined> {
    const [job] = await query<{ state: string }>(
      api,
      'SELECT state FROM pgboss.job WHERE id = $1',
      [jobId],
    );
    return job?.state;
  }

  async function waitForState(jobId: string, states: string[]): Promise<string> {
    for (const deadline = Date.now() + mailWaitMs; Date.now() < deadline; await sleep(100)) {
      const state = await stateOf(jobId);
      if (state && states.includes(state)) return state;
    }
    throw new Error(`job ${jobId} is ${await stateOf(jobId)}, not ${states.join(' or ')}`);
  }

  /** Waits for an attempt to fail, then lets the next one start now instead of after its back-off. */
  async function failedAttemptThenRetryNow(jobId: string): Promise<void> {
    await waitForState(jobId, ['retry']);
    await query(
      api,
      "UPDATE pgboss.job SET start_after = now() WHERE id = $1 AND state = 'retry'",
      [jobId],
    );
  }

  async function mailsTo(address: string): Promise<number> {
    // Anything sent twice would come within moments of the first copy.
    await sleep(1_500);
    return catcher?.messages().filter((mail) => mail.to.includes(address)).length ?? 0;
  }

  beforeAll(async () => {
    clockDir = await mkdtemp(join(tmpdir(), 'dead-mail-clock-'));
    clockFile = join(clockDir, 'offset');
    await writeFile(clockFile, '0');
    smtpPort = await freePort();
    api = await createTestApp(featureModules, {
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      TEST_CLOCK_OFFSET_FILE: clockFile,
    });
    forum = createForumTestContext(api);
    admin = await forum.newUser({ role: Role.Admin });
    member = await forum.newUser();
  });

  afterAll(async () => {
    await smtpDown();
    await api?.close();
    await rm(clockDir, { recursive: true, force: true });
  });

  it('delivers a reset link exactly once when SMTP comes back after a longer outage than 5 retries', async () => {
    const person = await forum.newPerson();
    await gqlData(api, {
      query: 'mutation ($email: String!) { requestPasswordReset(input: { email: $email }) }',
      variables: { email: person.email },
    });
    const jobId = await jobOf('mail.send', person.email);

    // Eight failed attempts, two minutes apart by the API's clock: longer than the 5 retries
    // (about 7.5 minutes) that used to be the whole budget.
    for (let attempt = 1; attempt <= 8; attempt++) {
      await failedAttemptThenRetryNow(jobId);
      await moveClock(2 * minuteMs);
    }
    await waitForState(jobId, ['retry']);
    expect(await query(api, 'SELECT id FROM mail_dead_letter WHERE job_id = $1', [jobId])).toEqual(
      [],
    );

    const smtp = await smtpUp();
    await failedAttemptThenRetryNow(jobId).catch(() => undefined);
    const mail = await smtp.waitForMail((m) => m.to.includes(person.email), mailWaitMs);
    expect(mail.subject).toBe('Reset your password');
    expect(linkIn(mail, '/reset-password').searchParams.get('token')).toBeTruthy();
    expect(mail.messageId).toBe(`<${jobId}@localhost>`);
    await waitForState(jobId, ['completed']);
    expect(await mailsTo(person.email)).toBe(1);
    expect(await query(api, 'SELECT job_id FROM mail_delivery WHERE job_id = $1', [jobId])).toEqual(
      [{ job_id: jobId }],
    );

    // The queue runs the job again, as after an acknowledgement lost between the SMTP server
    // accepting the mail and the job being completed: the delivery record stops a second copy.
    await query(
      api,
      "UPDATE pgboss.job SET state = 'retry', start_after = now(), completed_on = NULL WHERE id = $1",
      [jobId],
    );
    await waitForState(jobId, ['completed']);
    expect(await mailsTo(person.email)).toBe(1);
    await smtpDown();
  });

  it('keeps mail given up after the retry window as a dead letter that an admin resends once', async () => {
    const mail = api.app.get(MailService);
    const changed = await forum.newPerson();
    const reset = await forum.newPerson();
    await mail.send({
      to: changed.email,
      locale: 'de',
      template: 'password-changed',
      data: { displayName: 'Anna', resetLink: 'http://localhost:4200/reset-password' },
    });
    await mail.send({
      to: reset.email,
      locale: 'en',
      template: 'reset-password',
      data: { displayName: 'Ben', link: 'http://localhost:4200/reset-password?token=secret-t0ken' },
    });
    const changedJob = await jobOf('mail.send', changed.email);
    const resetJob = await jobOf('mail.send', reset.email);
    await waitForState(changedJob, ['retry']);
    await waitForState(resetJob, ['retry']);

    // 72 hours (MAIL_RETRY_HOURS' default) later, the next failure is the last.
    await moveClock(72 * hourMs);
    await failedAttemptThenRetryNow(changedJob);
    await failedAttemptThenRetryNow(resetJob);
    await waitForState(changedJob, ['failed']);
    await waitForState(resetJob, ['failed']);

    const letters = await query<{
      job_id: string;
      template: string;
      attempts: number;
      state: string;
      data: unknown;
    }>(
      api,
      'SELECT job_id, template, attempts, state, data FROM mail_dead_letter WHERE job_id = ANY($1) ORDER BY template',
      [[changedJob, resetJob]],
    );
    expect(letters).toEqual([
      {
        job_id: changedJob,
        template: 'password-changed',
        attempts: 2,
        state: 'dead',
        data: { displayName: 'Anna', resetLink: 'http://localhost:4200/reset-password' },
      },
      // The one-time link is not kept: it has expired, and a secret is not stored for nothing.
      { job_id: resetJob, template: 'reset-password', attempts: 2, state: 'dead', data: null },
    ]);
    await expect(api.app.get(MailDeadLetters).count()).resolves.toBe(2);

    // The admin page's query, newest first, a page at a time; no link or token in sight.
    const first = await gqlData<{
      deadMail: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: Array<{ node: DeadMailNode }>;
      };
    }>(api, { query: deadMailQuery, variables: { first: 1 }, as: admin });
    expect(first.deadMail.totalCount).toBe(2);
    expect(first.deadMail.pageInfo.hasNextPage).toBe(true);
    const second = await gqlData<typeof first>(api, {
      query: deadMailQuery,
      variables: { first: 1, after: first.deadMail.pageInfo.endCursor },
      as: admin,
    });
    const nodes = [...first.deadMail.edges, ...second.deadMail.edges].map((edge) => edge.node);
    expect(Number(nodes[0]?.id)).toBeGreaterThan(Number(nodes[1]?.id));
    const resetLetter = nodes.find((node) => node.template === 'reset-password')!;
    const changedLetter = nodes.find((node) => node.template === 'password-changed')!;
    expect(second.deadMail.pageInfo.hasNextPage).toBe(false);
    expect(resetLetter).toMatchObject({
      template: 'reset-password',
      mailClass: 'transactional',
      recipient: reset.email,
      attempts: 2,
      state: 'DEAD',
      resendable: false,
    });
    expect(resetLetter.lastError).toMatch(/ECONNREFUSED/);
    expect(changedLetter).toMatchObject({
      template: 'password-changed',
      recipient: changed.email,
      resendable: true,
    });
    expect(JSON.stringify([first, second])).not.toContain('secret-t0ken');

    // Members see nothing and resend nothing.
    const asMember = await gql(api, { query: deadMailQuery, variables: { first: 5 }, as: member });
    expect(asMember.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'ACCESS_DENIED',
    });
    const memberResend = await gql(api, {
      query: resendMutation,
      variables: { ids: [changedLetter.id] },
      as: member,
    });
    expect(memberResend.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });

    // Refused resends change nothing: an expired one-time link, an unknown id, too many ids.
    const expired = await gql(api, {
      query: resendMutation,
      variables: { ids: [changedLetter.id, resetLetter.id] },
      as: admin,
    });
    expect(expired.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'DEAD_MAIL_LINK_EXPIRED',
      ids: [resetLetter.id],
    });
    const unknown = await gql(api, {
      query: resendMutation,
      variables: { ids: [changedLetter.id, '999999999'] },
      as: admin,
    });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'DEAD_MAIL_NOT_FOUND',
    });
    const tooMany = await gql(api, {
      query: resendMutation,
      variables: { ids: Array.from({ length: 101 }, (_, i) => String(i + 1)) },
      as: admin,
    });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    await expect(api.app.get(MailDeadLetters).count()).resolves.toBe(2);

    // SMTP is back: the admin resends the letter, and it arrives once.
    const smtp = await smtpUp();
    const resent = await gqlData<{ resendDeadMail: { resent: DeadMailNode[] } }>(api, {
      query: resendMutation,
      variables: { ids: [changedLetter.id] },
      as: admin,
    });
    expect(resent.resendDeadMail.resent).toEqual([
      { id: changedLetter.id, state: 'RESENT', resendable: false },
    ]);
    const arrived = await smtp.waitForMail((m) => m.to.includes(changed.email), mailWaitMs);
    expect(arrived.subject).toBe('Ihr Passwort wurde geändert');
    expect(await mailsTo(changed.email)).toBe(1);
    await expect(api.app.get(MailDeadLetters).count()).resolves.toBe(1);

    const again = await gql(api, {
      query: resendMutation,
      variables: { ids: [changedLetter.id] },
      as: admin,
    });
    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'DEAD_MAIL_ALREADY_RESENT',
    });
    expect(await mailsTo(changed.email)).toBe(1);
  });
});
