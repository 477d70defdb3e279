import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Clock } from '@forum/api/platform';
import {
  type CaughtMail,
  createTestApp,
  gql,
  type MailCatcher,
  newPerson,
  type NewPersonOptions,
  newSession,
  query,
  startTestMailbox,
  type TestApp,
  type TestPerson,
  type TestSession,
} from '@forum/api/testing';
import {
  EmailCadence,
  emailCadences,
  defaultEmailCadence,
  NotificationKind,
  notificationKinds,
  selfMailedNotificationKinds,
} from '@forum/shared/domain';
import type { DataSource } from 'typeorm';
import { DigestService } from '../digest/digest.service.js';
import { NotificationService } from '../notification.service.js';
import { NotificationsModule } from '../notifications.module.js';
import { NotificationEmailService } from './notification-email.service.js';

const webOrigin = 'https://forum.example';

const preferencesQuery = `query P { notificationPreferences { kind emailCadence isDefault } }`;
const updatePreferences = `mutation U($input: UpdateNotificationPreferencesInput!) {
  updateNotificationPreferences(input: $input) { kind emailCadence isDefault } }`;
const tokenInfo = `query I($token: String!) { unsubscribeTokenInfo(token: $token) { scope unsubscribed } }`;
const unsubscribe = `mutation U($token: String!) { unsubscribe(token: $token) { scope unsubscribed } }`;

type Preference = { kind: string; emailCadence: string; isDefault: boolean };

/** What the payload of each kind carries, as the writers of notifications store it. */
function payloadOf(kind: string, n: number): Record<string, unknown> {
  const questionId = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  const answerId = `00000000-0000-4000-9000-${String(n).padStart(12, '0')}`;
  switch (kind) {
    case NotificationKind.IdeaStatusChanged:
      return { ideaId: questionId, ideaTitle: `Idea ${n}`, toStatus: 'planned', message: 'Soon.' };
    case NotificationKind.IdeaMerged:
      return { ideaId: questionId, ideaTitle: `Idea ${n}`, targetId: answerId, targetTitle: 'T' };
    case NotificationKind.BadgeAwarded:
      return { badge: 'helper', tier: 'bronze' };
    case NotificationKind.FlagResolved:
      return {
        reviewItemId: answerId,
        targetKind: 'answer',
        targetId: answerId,
        outcome: 'hidden',
      };
    case NotificationKind.QuestionAssigned:
    case NotificationKind.QuestionEscalated:
      return {
        questionId,
        questionTitle: `Question ${n}`,
        questionSlug: `question-${n}`,
        step: 'breached',
        dueAt: '2026-03-02T09:00:00.000Z',
      };
    default:
      return { questionId, answerId, questionTitle: `Question ${n}` };
  }
}

const upperCase = (cadence: string) => cadence.toUpperCase();

describe('notification e-mail', () => {
  let api: TestApp;
  let mailbox: MailCatcher;
  let dataSource: DataSource;
  let clock: Clock;
  let realNow: () => Date;
  let sequence = 0;

  beforeAll(async () => {
    mailbox = await startTestMailbox();
    api = await createTestApp([NotificationsModule], {
      SMTP_URL: mailbox.smtpUrl,
      WEB_ORIGIN: webOrigin,
    });
    dataSource = api.app.get<DataSource>(getDataSourceToken());
    clock = api.app.get(Clock);
    realNow = clock.now.bind(clock);
  });

  afterEach(() => {
    clock.now = realNow;
  });

  afterAll(async () => {
    await api?.close();
    await mailbox?.stop();
  });

  async function person(
    options: NewPersonOptions & { locale?: 'en' | 'de'; timeZone?: string } = {},
  ): Promise<TestSession> {
    const created = await newPerson(api, options);
    await query(api, `UPDATE user_account SET locale = $2, time_zone = $3 WHERE id = $1`, [
      created.id,
      options.locale ?? 'en',
      options.timeZone ?? 'UTC',
    ]);
    return newSession(api, created);
  }

  async function deliver(
    kind: string,
    recipients: TestPerson[],
    options: {
      actorId?: string | null;
      payload?: Record<string, unknown>;
      deleteAfter?: boolean;
    } = {},
  ): Promise<string[]> {
    const n = ++sequence;
    return dataSource.transaction(async (manager) => {
      const told = await api.app.get(NotificationService).deliver(manager, {
        kind: kind as NotificationKind,
        eventKey: `${kind}:test-${n}`,
        recipientIds: recipients.map((r) => r.id),
        actorId: options.actorId ?? null,
        subjectKey: `test:${n}`,
        payload: options.payload ?? payloadOf(kind, n),
      });
      if (options.deleteAfter) {
        await manager.query(`DELETE FROM notification WHERE subject_key = $1`, [`test:${n}`]);
      }
      return told;
    });
  }

  async function preferencesOf(session: TestSession): Promise<Preference[]> {
    const response = await gql<{ notificationPreferences: Preference[] }>(api, {
      query: preferencesQuery,
      as: session,
    });
    expect(response.errors).toBeUndefined();
    return response.data!.notificationPreferences;
  }

  async function setAll(session: TestSession, cadence: EmailCadence): Promise<void> {
    const response = await gql(api, {
      query: updatePreferences,
      variables: {
        input: {
          preferences: notificationKinds.map((kind) => ({
            kind,
            emailCadence: upperCase(cadence),
          })),
        },
      },
      as: session,
    });
    expect(response.errors).toBeUndefined();
  }

  const mailsTo = (email: string) => mailbox.messages().filter((m) => m.to.includes(email));

  /** Mails queued before a later one for someone else have had their chance to arrive. */
  async function settle(): Promise<void> {
    const sentinel = await person();
    await setAll(sentinel, EmailCadence.Immediately);
    await deliver(NotificationKind.Mentioned, [sentinel.person]);
    await mailbox.waitForMail((m) => m.to.includes(sentinel.person.email));
    // The bulk worker takes jobs in batches; give the batch of the sentinel time to finish.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
  }

  describe('preferences', () => {
    it('starts every kind at its default and stores changes of every kind', async () => {
      const anna = await person();
      const defaults = await preferencesOf(anna);
      expect(defaults.map((p) => p.kind)).toEqual([...notificationKinds]);
      for (const preference of defaults) {
        expect(preference).toEqual({
          kind: preference.kind,
          emailCadence: upperCase(defaultEmailCadence[preference.kind as NotificationKind]),
          isDefault: true,
        });
      }

      const chosen = notificationKinds.map((kind, index) => ({
        kind,
        emailCadence: upperCase(emailCadences[index % emailCadences.length]!),
      }));
      const response = await gql<{ updateNotificationPreferences: Preference[] }>(api, {
        query: updatePreferences,
        variables: { input: { preferences: chosen } },
        as: anna,
      });
      expect(response.errors).toBeUndefined();
      const expected = chosen.map((c) => ({ ...c, isDefault: false }));
      expect(response.data!.updateNotificationPreferences).toEqual(expected);
      expect(await preferencesOf(anna)).toEqual(expected);

      // A partial update leaves the other kinds as they were.
      await gql(api, {
        query: updatePreferences,
        variables: { input: { preferences: [{ kind: 'mention', emailCadence: 'NEVER' }] } },
        as: anna,
      });
      const after = await preferencesOf(anna);
      expect(after.find((p) => p.kind === 'mention')?.emailCadence).toBe('NEVER');
      expect(after.filter((p) => p.kind !== 'mention')).toEqual(
        expected.filter((p) => p.kind !== 'mention'),
      );
    });

    it('refuses unknown kinds, unknown cadences, repeated kinds and too many entries, changing nothing', async () => {
      const ben = await person();
      const before = await preferencesOf(ben);
      const attempts = [
        [
          { kind: 'answer.posted', emailCadence: 'NEVER' },
          { kind: 'nope', emailCadence: 'NEVER' },
        ],
        [
          { kind: 'answer.posted', emailCadence: 'NEVER' },
          { kind: 'answer.posted', emailCadence: 'DAILY' },
        ],
        [...notificationKinds, 'answer.posted'].map((kind) => ({ kind, emailCadence: 'NEVER' })),
        [],
      ];
      for (const preferences of attempts) {
        const response = await gql(api, {
          query: updatePreferences,
          variables: { input: { preferences } },
          as: ben,
        });
        expect(response.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
        expect(response.errors?.[0]?.extensions?.['reason']).toBe('VALIDATION_FAILED');
      }
      const badCadence = await gql(api, {
        query: updatePreferences,
        variables: { input: { preferences: [{ kind: 'mention', emailCadence: 'HOURLY' }] } },
        as: ben,
      });
      expect(badCadence.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(await preferencesOf(ben)).toEqual(before);

      const visitor = await gql(api, { query: preferencesQuery });
      expect(visitor.errors?.[0]?.extensions?.['reason']).toBe('NOT_SIGNED_IN');
    });
  });

  it('keeps a time zone only when it is a real IANA name', async () => {
    const zoe = await person();
    const update = (timeZone: string) =>
      gql<{ updateProfile: { timeZone: string } }>(api, {
        query: `mutation P($input: UpdateProfileInput!) { updateProfile(input: $input) { timeZone } }`,
        variables: { input: { timeZone } },
        as: zoe,
      });
    expect((await update('Europe/Berlin')).data?.updateProfile.timeZone).toBe('Europe/Berlin');
    for (const bad of ['Mars/Olympus_Mons', "UTC'; --", 'x'.repeat(65)]) {
      expect((await update(bad)).errors?.[0]?.extensions?.['reason']).toBe('VALIDATION_FAILED');
    }
    const [row] = await query<{ time_zone: string }>(
      api,
      `SELECT time_zone FROM user_account WHERE id = $1`,
      [zoe.person.id],
    );
    expect(row?.time_zone).toBe('Europe/Berlin');
  });

  describe('immediate mail', () => {
    it('mails every kind once (but those their domain mails itself), in German for a German reader, with one-click unsubscribe headers', async () => {
      const mailedKinds = notificationKinds.filter(
        (kind) => !selfMailedNotificationKinds.includes(kind),
      );
      const jana = await person({ locale: 'de', displayName: 'Jana Schulz' });
      const actor = await person({ displayName: 'Jürgen Weber' });
      await setAll(jana, EmailCadence.Immediately);
      const subjects: Record<string, RegExp> = {
        'answer.posted': /^Neue Antwort: Question \d+$/,
        'comment.posted': /^Neuer Kommentar: Question \d+$/,
        'answer.accepted': /^Ihre Antwort wurde akzeptiert: Question \d+$/,
        'answer.verified': /^Ihre Antwort wurde bestätigt: Question \d+$/,
        'question.closed_as_duplicate': /^Als Duplikat geschlossen: Question \d+$/,
        mention: /^Jürgen Weber hat Sie erwähnt: Question \d+$/,
        'question.in_followed_area': /^Neue Frage: Question \d+$/,
        'idea.status_changed': /^Idee geplant: Idea \d+$/,
        'idea.merged': /^Idee zusammengeführt: Idea \d+$/,
        'badge.awarded': /^Neues Abzeichen: helper$/,
        'flag.resolved': /^Ihre Meldung wurde geprüft$/,
        'question.routed': /^Wartet auf eine Expertin oder einen Experten: Question \d+$/,
        'question.assigned': /^Ihnen zugewiesen: Question \d+$/,
        'question.escalated': /^Antwortzeit überschritten: Question \d+$/,
      };
      expect(Object.keys(subjects).sort()).toEqual([...mailedKinds].sort());
      for (const kind of notificationKinds) {
        expect(await deliver(kind, [jana.person], { actorId: actor.person.id })).toEqual([
          jana.person.id,
        ]);
      }
      const received: CaughtMail[] = [];
      for (const kind of mailedKinds) {
        received.push(
          await mailbox.waitForMail(
            (m) => m.to.includes(jana.person.email) && subjects[kind]!.test(m.subject),
          ),
        );
      }
      await settle();
      expect(mailsTo(jana.person.email)).toHaveLength(mailedKinds.length);

      for (const mail of received) {
        expect(mail.text).toMatch(/^Hallo Jana Schulz,/);
        expect(mail.headers['list-unsubscribe']).toMatch(
          /^<https:\/\/forum\.example\/api\/unsubscribe\?token=[\w.-]+>$/,
        );
        expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
        expect(mail.text).toMatch(
          /Diese E-Mails abbestellen:\nhttps:\/\/forum\.example\/unsubscribe\?token=[\w.-]+/,
        );
      }
      const answer = received[0]!;
      expect(answer.text).toContain('Jürgen Weber hat „Question');
      expect(answer.text).toMatch(
        /https:\/\/forum\.example\/questions\/00000000-0000-4000-8000-\d{12}#answer-00000000-0000-4000-9000-\d{12}/,
      );
      const idea = received[mailedKinds.indexOf('idea.status_changed')]!;
      expect(idea.text).toContain('> Soon.');
      expect(idea.text).toMatch(/https:\/\/forum\.example\/ideas\/00000000-0000-4000-8000-\d{12}/);
    });

    it('tells the coalesced count', async () => {
      const omar = await person();
      await setAll(omar, EmailCadence.Immediately);
      const actor = await person({ displayName: 'Priya Raman' });
      const payload = payloadOf('answer.posted', 9_001);
      await dataSource.transaction(async (manager) => {
        const service = api.app.get(NotificationService);
        for (const n of [1, 2, 3]) {
          await service.deliver(manager, {
            kind: NotificationKind.AnswerPosted,
            eventKey: `answer.posted:burst-${omar.person.id}-${n}`,
            recipientIds: [omar.person.id],
            actorId: actor.person.id,
            subjectKey: `question:burst-${omar.person.id}`,
            payload,
          });
        }
      });
      const mail = await mailbox.waitForMail(
        (m) => m.to.includes(omar.person.email) && m.subject.startsWith('3 new answers'),
      );
      expect(mail.text).toContain(
        'There are 3 new answers on "Question 9001", the latest by Priya Raman.',
      );
      await settle();
      expect(mailsTo(omar.person.email)).toHaveLength(1);
    });

    it('mails nobody whose cadence is not immediate, whose address is unverified, or whose notification is gone', async () => {
      const daily = await person(); // comment.posted is daily by default
      const unverified = await person({ verified: false });
      await setAll(unverified, EmailCadence.Immediately);
      const vanishing = await person();
      await deliver(NotificationKind.CommentPosted, [daily.person]);
      await deliver(NotificationKind.AnswerPosted, [unverified.person]);
      // Deleted in the transaction that wrote it: the job is queued but finds nothing to send.
      await deliver(NotificationKind.AnswerPosted, [vanishing.person], { deleteAfter: true });
      const queued = await query<{ user_id: string }>(
        api,
        `SELECT data->>'userId' AS user_id FROM pgboss.job WHERE name = 'notifications.email'
         AND data->>'userId' = ANY($1)`,
        [[daily.person.id, unverified.person.id, vanishing.person.id]],
      );
      expect(queued.map((row) => row.user_id)).toEqual([vanishing.person.id]);
      await settle();
      for (const someone of [daily, unverified, vanishing]) {
        expect(mailsTo(someone.person.email)).toEqual([]);
      }
      expect(
        await api.app.get(NotificationEmailService).handle({
          data: {
            notificationId: '00000000-0000-4000-8000-000000000000',
            userId: vanishing.person.id,
          },
        }),
      ).toBe(false);
    });
  });

  describe('one-click unsubscribe', () => {
    async function mailFor(session: TestSession, kind: string): Promise<CaughtMail> {
      await deliver(kind, [session.person]);
      return mailbox.waitForMail(
        (m) => m.to.includes(session.person.email) && m.headers['list-unsubscribe'] !== undefined,
      );
    }

    const oneClickUrl = (mail: CaughtMail) => {
      const header = new URL(/^<(.+)>$/.exec(mail.headers['list-unsubscribe']!)![1]!);
      // The web origin passes /api/unsubscribe on to the API, which the test reaches directly.
      return new URL(`${header.pathname}${header.search}`, api.url);
    };

    const postOneClick = (url: URL) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      });

    it('switches off exactly the kind of the mail, without signing in, and again changes nothing', async () => {
      const lea = await person();
      await setAll(lea, EmailCadence.Immediately);
      const before = await preferencesOf(lea);
      const url = oneClickUrl(await mailFor(lea, NotificationKind.AnswerAccepted));

      for (let attempt = 0; attempt < 2; attempt++) {
        const response = await postOneClick(url);
        expect(response.status).toBe(200);
        expect(await response.json()).toEqual({ unsubscribed: true, scope: 'answer.accepted' });
      }
      const after = await preferencesOf(lea);
      expect(after.find((p) => p.kind === 'answer.accepted')?.emailCadence).toBe('NEVER');
      expect(after.filter((p) => p.kind !== 'answer.accepted')).toEqual(
        before.filter((p) => p.kind !== 'answer.accepted'),
      );

      const token = url.searchParams.get('token')!;
      const info = await gql(api, { query: tokenInfo, variables: { token } });
      expect(info.data).toEqual({
        unsubscribeTokenInfo: { scope: 'answer.accepted', unsubscribed: true },
      });
    });

    it('refuses a tampered or expired token with a typed error and changes nothing', async () => {
      const max = await person();
      await setAll(max, EmailCadence.Immediately);
      const before = await preferencesOf(max);
      const url = oneClickUrl(await mailFor(max, NotificationKind.Mentioned));
      const token = url.searchParams.get('token')!;
      const [payload, signature] = token.split('.') as [string, string];
      const otherPayload = Buffer.from(
        JSON.stringify({
          ...JSON.parse(Buffer.from(payload, 'base64url').toString()),
          s: 'answer.posted',
        }),
      ).toString('base64url');
      const flipped = signature.startsWith('A')
        ? `B${signature.slice(1)}`
        : `A${signature.slice(1)}`;
      for (const bad of [`${otherPayload}.${signature}`, `${payload}.${flipped}`, 'garbage', '']) {
        const tampered = new URL(url);
        tampered.searchParams.set('token', bad);
        const response = await postOneClick(tampered);
        expect(response.status).toBe(400);
        expect(await response.json()).toMatchObject({ reason: 'UNSUBSCRIBE_TOKEN_INVALID' });
        const viaGraphql = await gql(api, { query: unsubscribe, variables: { token: bad } });
        expect(viaGraphql.errors?.[0]?.extensions?.['reason']).toBe('UNSUBSCRIBE_TOKEN_INVALID');
      }

      const issued = realNow();
      clock.now = () => new Date(issued.getTime() + 91 * 24 * 60 * 60 * 1000);
      const expired = await postOneClick(url);
      expect(expired.status).toBe(400);
      expect(await expired.json()).toMatchObject({ reason: 'UNSUBSCRIBE_TOKEN_EXPIRED' });
      const expiredInfo = await gql(api, { query: tokenInfo, variables: { token } });
      expect(expiredInfo.errors?.[0]?.extensions?.['reason']).toBe('UNSUBSCRIBE_TOKEN_EXPIRED');
      clock.now = realNow;

      expect(await preferencesOf(max)).toEqual(before);
    });
  });

  describe('digests', () => {
    // Monday 2 March 2026; Berlin is at UTC+1 then, New York at UTC-5.
    const at = (iso: string) => () => new Date(iso);

    it('arrive at 08:00 in the reader’s time zone, in their language, once, and only with something to say', async () => {
      const berlin = await person({
        locale: 'de',
        timeZone: 'Europe/Berlin',
        displayName: 'Greta Berg',
      });
      const newYork = await person({ timeZone: 'America/New_York' });
      const quiet = await person({ timeZone: 'Europe/Berlin' });
      const actor = await person({ displayName: 'Jürgen Weber' });
      const ours = new Set([berlin.person.id, newYork.person.id, quiet.person.id]);
      const digests = api.app.get(DigestService);

      clock.now = at('2026-03-02T05:10:00Z');
      await deliver(NotificationKind.CommentPosted, [berlin.person, newYork.person], {
        actorId: actor.person.id,
        payload: payloadOf('comment.posted', 4_242),
      });
      // Weekly by default, and this Monday's weekly digest is due too.
      await deliver(NotificationKind.BadgeAwarded, [berlin.person], {
        payload: { badge: 'Helfer', tier: 'bronze' },
      });
      // Too old for this period: the day before yesterday.
      clock.now = at('2026-02-28T12:00:00Z');
      await deliver(NotificationKind.CommentPosted, [berlin.person], {
        payload: payloadOf('comment.posted', 4_141),
      });

      clock.now = at('2026-03-02T06:59:00Z'); // 07:59 in Berlin
      expect((await digests.tick()).filter((job) => ours.has(job.userId))).toEqual([]);

      clock.now = at('2026-03-02T07:00:00Z'); // 08:00 in Berlin, 02:00 in New York
      const due = (await digests.tick()).filter((job) => ours.has(job.userId));
      const periodStart = '2026-03-02T07:00:00.000Z';
      expect(due).toEqual(
        expect.arrayContaining([
          { userId: berlin.person.id, cadence: 'daily', periodStart },
          { userId: berlin.person.id, cadence: 'weekly', periodStart },
          { userId: quiet.person.id, cadence: 'daily', periodStart },
          { userId: quiet.person.id, cadence: 'weekly', periodStart },
        ]),
      );
      expect(due).toHaveLength(4);

      const daily = await mailbox.waitForMail(
        (m) => m.to.includes(berlin.person.email) && m.subject.includes('tägliche'),
      );
      expect(daily.subject).toBe('Ihre tägliche Zusammenfassung, 02.03.2026');
      expect(daily.text).toContain('NEUE KOMMENTARE');
      expect(daily.text).toContain('Jürgen Weber hat „Question 4242“ kommentiert.');
      // 05:10 UTC is 06:10 in Berlin.
      expect(daily.text).toContain('(02.03.2026, 06:10)');
      expect(daily.text).not.toContain('Question 4141');
      expect(daily.headers['list-unsubscribe']).toMatch(/\/api\/unsubscribe\?token=/);
      expect(daily.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
      const weekly = await mailbox.waitForMail(
        (m) => m.to.includes(berlin.person.email) && m.subject.includes('wöchentliche'),
      );
      expect(weekly.text).toContain('Helfer');

      // Running the digest jobs again, or ticking again, sends nothing more.
      for (const job of due) expect(await digests.send(job)).toBe(false);
      expect((await digests.tick()).filter((job) => ours.has(job.userId))).toEqual([]);

      clock.now = at('2026-03-02T13:00:00Z'); // 08:00 in New York
      const later = (await digests.tick()).filter((job) => ours.has(job.userId));
      expect(later).toEqual([
        { userId: newYork.person.id, cadence: 'daily', periodStart: '2026-03-02T13:00:00.000Z' },
        { userId: newYork.person.id, cadence: 'weekly', periodStart: '2026-03-02T13:00:00.000Z' },
      ]);
      const ny = await mailbox.waitForMail((m) => m.to.includes(newYork.person.email));
      expect(ny.subject).toBe('Your daily summary, 2 Mar 2026');
      // 05:10 UTC is 00:10 in New York.
      expect(ny.text).toContain('(2 Mar 2026, 00:10)');

      clock.now = realNow;
      await settle();
      expect(mailsTo(berlin.person.email)).toHaveLength(2);
      expect(mailsTo(newYork.person.email)).toHaveLength(1);
      expect(mailsTo(quiet.person.email)).toEqual([]);
      const rows = await query<{ cadence: string; item_count: number }>(
        api,
        `SELECT cadence, item_count FROM notification_digest WHERE user_id = $1 ORDER BY cadence`,
        [quiet.person.id],
      );
      expect(rows).toEqual([
        { cadence: 'daily', item_count: 0 },
        { cadence: 'weekly', item_count: 0 },
      ]);
    });

    it('switches a digest off through its unsubscribe token, leaving immediate mail alone', async () => {
      const ida = await person({ timeZone: 'UTC' });
      const digests = api.app.get(DigestService);
      clock.now = at('2026-03-03T07:00:00Z');
      await deliver(NotificationKind.CommentPosted, [ida.person]);
      clock.now = at('2026-03-03T08:01:00Z');
      const job = (await digests.tick()).find((j) => j.userId === ida.person.id);
      expect(job).toEqual({
        userId: ida.person.id,
        cadence: 'daily',
        periodStart: '2026-03-03T08:00:00.000Z',
      });
      const mail = await mailbox.waitForMail((m) => m.to.includes(ida.person.email));
      const token = new URL(
        /https:\/\/\S+\/unsubscribe\?token=\S+/.exec(mail.text)![0],
      ).searchParams.get('token')!;
      // Still within the 90 days the link works.
      clock.now = at('2026-03-10T09:00:00Z');
      const info = await gql(api, { query: tokenInfo, variables: { token } });
      expect(info.data).toEqual({
        unsubscribeTokenInfo: { scope: 'digest.daily', unsubscribed: false },
      });
      const done = await gql(api, { query: unsubscribe, variables: { token } });
      expect(done.data).toEqual({ unsubscribe: { scope: 'digest.daily', unsubscribed: true } });
      const after = await preferencesOf(ida);
      for (const preference of after) {
        const fallback = defaultEmailCadence[preference.kind as NotificationKind];
        expect(preference.emailCadence).toBe(
          fallback === EmailCadence.Daily ? 'NEVER' : upperCase(fallback),
        );
      }
    });
  });
});
