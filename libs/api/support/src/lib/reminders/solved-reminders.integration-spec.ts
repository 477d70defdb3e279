import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { Clock } from '@forum/api/platform';
import {
  type CaughtMail,
  createForumTestContext,
  createTestApp,
  type ForumTestContext,
  gql,
  type MailCatcher,
  query,
  startTestMailbox,
  type TestApp,
  type TestSession,
  withoutReputationLimits,
  withoutWriteLimits,
} from '@forum/api/testing';
import { Role } from '@forum/shared/domain';
import { SupportModule } from '../support.module.js';
import { SolvedReminders } from './solved-reminders.service.js';

const webOrigin = 'https://forum.example';
const day = 24 * 60 * 60 * 1000;
const minute = 60 * 1000;

const solvedCheckQuery = `query C($token: String!) { solvedCheck(token: $token) {
  questionId questionTitle questionSlug step closed acceptedAnswerId response
  answers { id authorName excerpt } } }`;
const respond = `mutation R($input: RespondToSolvedCheckInput!) {
  respondToSolvedCheck(input: $input) { questionId acceptedAnswerId response } }`;

interface Scenario {
  asker: TestSession;
  questionId: string;
  title: string;
  answerIds: string[];
  /** When the first answer was posted. */
  firstAnswerAt: number;
}

describe('"is it solved?" reminders', () => {
  let api: TestApp;
  let forum: ForumTestContext;
  let mailbox: MailCatcher;
  let clock: Clock;
  let realNow: () => Date;
  let reminders: SolvedReminders;
  // Each scenario lives in its own stretch of time, so the ticks of one leave the others alone.
  let epoch = Date.parse('2027-01-04T09:00:00.000Z');

  beforeAll(async () => {
    mailbox = await startTestMailbox();
    api = await createTestApp([SupportModule], {
      ...withoutWriteLimits,
      ...withoutReputationLimits,
      SMTP_URL: mailbox.smtpUrl,
      WEB_ORIGIN: webOrigin,
    });
    forum = createForumTestContext(api);
    clock = api.app.get(Clock);
    realNow = clock.now.bind(clock);
    reminders = api.app.get(SolvedReminders);
  });

  afterEach(() => {
    clock.now = realNow;
  });

  afterAll(async () => {
    await api?.close();
    await mailbox?.stop();
  });

  const at = (moment: number) => {
    clock.now = () => new Date(moment);
  };

  /** A question by a new asker with `answers` answers by others, the first at a known moment. */
  async function scenario(answers = 2, locale: 'en' | 'de' = 'en'): Promise<Scenario> {
    epoch += 400 * day;
    const asker = await forum.newUser();
    await query(api, `UPDATE user_account SET locale = $2 WHERE id = $1`, [
      asker.person.id,
      locale,
    ]);
    const title = `Why does export ${epoch} stop at the header row?`;
    const questionId = await forum.newQuestion({ author: asker, title });
    const answerIds: string[] = [];
    for (let index = 0; index < answers; index++) {
      const answerId = await forum.newAnswer({
        questionId,
        body: `**Answer ${index}**: open Settings and choose Export again. ${'More words. '.repeat(30)}`,
      });
      await query(api, `UPDATE answer SET created_at = $2 WHERE id = $1`, [
        answerId,
        new Date(epoch + index * 60 * minute),
      ]);
      answerIds.push(answerId);
    }
    return { asker, questionId, title, answerIds, firstAnswerAt: epoch };
  }

  async function tickAt(moment: number): Promise<void> {
    at(moment);
    await reminders.tick();
  }

  async function stepsOf(questionId: string): Promise<Array<{ cycle: number; step: number }>> {
    return query<{ cycle: number; step: number }>(
      api,
      `SELECT cycle, step FROM solved_reminder WHERE question_id = $1 ORDER BY cycle, step`,
      [questionId],
    );
  }

  async function notificationsOf(
    s: Scenario,
  ): Promise<Array<{ kind: string; payload: Record<string, unknown>; count: number }>> {
    return query<{ kind: string; payload: Record<string, unknown>; count: number }>(
      api,
      `SELECT kind, payload, count FROM notification WHERE user_id = $1 AND kind = 'question.solved_check'`,
      [s.asker.person.id],
    );
  }

  const mailsTo = (s: Scenario): CaughtMail[] =>
    mailbox.messages().filter((m) => m.to.includes(s.asker.person.email));

  async function reminderMail(s: Scenario, count = 1): Promise<CaughtMail> {
    await mailbox.waitForMail(() => mailsTo(s).length >= count);
    return mailsTo(s)[count - 1]!;
  }

  /** The token of the reminder's links, read from the mail. */
  function tokenIn(mail: CaughtMail): string {
    const link = mail.text.match(/https:\/\/forum\.example\/solved\?\S+/)?.[0];
    if (!link) throw new Error(`no solved-check link in:\n${mail.text}`);
    return new URL(link).searchParams.get('token')!;
  }

  async function answer(
    token: string,
    action: 'ACCEPT' | 'NOT_SOLVED' | 'STOP',
    answerId?: string,
    as?: TestSession,
  ) {
    return gql<{
      respondToSolvedCheck: { acceptedAnswerId: string | null; response: string | null };
    }>(api, { query: respond, variables: { input: { token, action, answerId } }, as });
  }

  it('asks exactly at the first answer plus 3, 7 and 30 days, in-app and by one e-mail each', async () => {
    const s = await scenario();
    await tickAt(s.firstAnswerAt + 3 * day - minute);
    expect(await stepsOf(s.questionId)).toEqual([]);

    await tickAt(s.firstAnswerAt + 3 * day);
    expect(await stepsOf(s.questionId)).toEqual([{ cycle: 1, step: 1 }]);
    const [notification] = await notificationsOf(s);
    expect(notification?.payload).toMatchObject({
      questionId: s.questionId,
      questionTitle: s.title,
      step: 1,
    });
    const receipts = await query<{ event_key: string }>(
      api,
      `SELECT event_key FROM notification_receipt WHERE user_id = $1 ORDER BY event_key`,
      [s.asker.person.id],
    );
    expect(receipts.map((r) => r.event_key)).toContain(`question.solved_check:${s.questionId}:1`);
    const first = await reminderMail(s);
    expect(first.subject).toBe(`Is it solved? ${s.title}`);
    for (const answerId of s.answerIds) {
      expect(first.text).toContain(`/solved?token=`);
      expect(first.text).toMatch(new RegExp(`&answer=${answerId}&action=accept`));
    }
    expect(first.text).toContain('Yes, this answer solved it');
    expect(first.text).toContain('&action=not_solved');
    expect(first.text).toContain('&action=stop');
    // No markup reaches the excerpt, and it stays short.
    expect(first.text).toContain('Answer 0: open Settings');
    expect(first.text).not.toContain('**Answer 0**');

    await tickAt(s.firstAnswerAt + 7 * day - minute);
    expect(await stepsOf(s.questionId)).toHaveLength(1);
    await tickAt(s.firstAnswerAt + 7 * day);
    await tickAt(s.firstAnswerAt + 30 * day);
    await tickAt(s.firstAnswerAt + 90 * day);
    expect(await stepsOf(s.questionId)).toEqual([
      { cycle: 1, step: 1 },
      { cycle: 1, step: 2 },
      { cycle: 1, step: 3 },
    ]);
    await reminderMail(s, 3);
    // The generic notification mail does not also carry the reminders.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(mailsTo(s)).toHaveLength(3);
    expect(mailsTo(s).every((m) => m.subject.startsWith('Is it solved?'))).toBe(true);
  });

  it('asks nobody about an answer from long ago: a step past its catch-up window is skipped, not sent late', async () => {
    const s = await scenario(2, 'en');
    // Two days and a minute after step 2 was due (day 7): too late for it; step 3 comes on day 30.
    await tickAt(s.firstAnswerAt + 9 * day + 60_000);
    expect(await stepsOf(s.questionId)).toEqual([]);
    await tickAt(s.firstAnswerAt + 30 * day);
    expect(await stepsOf(s.questionId)).toEqual([{ cycle: 1, step: 3 }]);
    // A forum upgraded with years-old answered questions: none of them is asked about.
    const old = await scenario(1, 'en');
    await tickAt(old.firstAnswerAt + 400 * day);
    expect(await stepsOf(old.questionId)).toEqual([]);
  });

  it('after downtime sends only the latest due step, in the asker’s language', async () => {
    const s = await scenario(2, 'de');
    await tickAt(s.firstAnswerAt + 31 * day);
    expect(await stepsOf(s.questionId)).toEqual([{ cycle: 1, step: 3 }]);
    await tickAt(s.firstAnswerAt + 32 * day);
    expect(await stepsOf(s.questionId)).toEqual([{ cycle: 1, step: 3 }]);
    const notifications = await notificationsOf(s);
    expect(notifications).toHaveLength(1);
    expect(notifications[0]?.count).toBe(1);
    const mail = await reminderMail(s);
    expect(mail.subject).toBe(`Ist es gelöst? ${s.title}`);
    expect(mail.text).toContain('Ja, diese Antwort hat es gelöst');
    expect(mail.text).toContain('Immer noch nicht gelöst');
  });

  it('sends a step once when two workers tick at the same moment', async () => {
    const s = await scenario();
    at(s.firstAnswerAt + 3 * day);
    await Promise.all([reminders.tick(), reminders.tick(), reminders.tick()]);
    expect(await stepsOf(s.questionId)).toEqual([{ cycle: 1, step: 1 }]);
    expect(await notificationsOf(s)).toHaveLength(1);
    await reminderMail(s);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(mailsTo(s)).toHaveLength(1);
  });

  it('lists only visible answers by others, and never asks without one', async () => {
    const s = await scenario(3);
    await query(
      api,
      `UPDATE answer SET hidden_at = now(), hidden_reason = 'moderator' WHERE id = $1`,
      [s.answerIds[1]],
    );
    await query(api, `UPDATE answer SET deleted_at = now() WHERE id = $1`, [s.answerIds[2]]);
    await tickAt(s.firstAnswerAt + 3 * day);
    const mail = await reminderMail(s);
    expect(mail.text).toContain(`&answer=${s.answerIds[0]}&action=accept`);
    expect(mail.text).not.toContain(s.answerIds[1]!);
    expect(mail.text).not.toContain(s.answerIds[2]!);
    const check = await gql<{ solvedCheck: { answers: Array<{ id: string }> } }>(api, {
      query: solvedCheckQuery,
      variables: { token: tokenIn(mail) },
    });
    expect(check.data?.solvedCheck.answers.map((a) => a.id)).toEqual([s.answerIds[0]]);

    const unanswered = await scenario(0);
    const own = await forum.newAnswer({
      questionId: unanswered.questionId,
      author: unanswered.asker,
    });
    await query(api, `UPDATE answer SET created_at = $2 WHERE id = $1`, [
      own,
      new Date(unanswered.firstAnswerAt),
    ]);
    await tickAt(unanswered.firstAnswerAt + 31 * day);
    expect(await stepsOf(unanswered.questionId)).toEqual([]);
  });

  it('stops on accept, close, delete, hide, a suspended asker and opt-out', async () => {
    const accepted = await scenario();
    await forum.accept({ as: accepted.asker, answerId: accepted.answerIds[0]! });
    const closed = await scenario();
    await query(api, `UPDATE question SET closed_at = now(), state = 'closed' WHERE id = $1`, [
      closed.questionId,
    ]);
    const deleted = await scenario();
    await query(api, `UPDATE question SET deleted_at = now() WHERE id = $1`, [deleted.questionId]);
    const hidden = await scenario();
    await query(
      api,
      `UPDATE question SET hidden_at = now(), hidden_reason = 'moderator' WHERE id = $1`,
      [hidden.questionId],
    );
    const suspended = await scenario();
    await query(api, `UPDATE user_account SET suspended_until = $2 WHERE id = $1`, [
      suspended.asker.person.id,
      new Date(suspended.firstAnswerAt + 100 * day),
    ]);
    for (const s of [accepted, closed, deleted, hidden, suspended]) {
      await tickAt(s.firstAnswerAt + 3 * day);
      expect(await stepsOf(s.questionId)).toEqual([]);
    }

    const optedOut = await scenario();
    await tickAt(optedOut.firstAnswerAt + 3 * day);
    const token = tokenIn(await reminderMail(optedOut));
    const stop = await answer(token, 'STOP');
    expect(stop.errors).toBeUndefined();
    expect(stop.data?.respondToSolvedCheck.response).toBe('STOPPED');
    expect((await answer(token, 'STOP')).data?.respondToSolvedCheck.response).toBe('STOPPED');
    await tickAt(optedOut.firstAnswerAt + 7 * day);
    await tickAt(optedOut.firstAnswerAt + 30 * day);
    expect(await stepsOf(optedOut.questionId)).toEqual([{ cycle: 1, step: 1 }]);
  });

  it('accepts the answer from the e-mail link without signing in, records it, and asks no more', async () => {
    const s = await scenario();
    await tickAt(s.firstAnswerAt + 3 * day);
    const token = tokenIn(await reminderMail(s));
    at(s.firstAnswerAt + 4 * day);

    const page = await gql<{
      solvedCheck: {
        questionId: string;
        questionSlug: string;
        step: number;
        response: string | null;
        answers: Array<{ id: string; authorName: string | null; excerpt: string }>;
      };
    }>(api, { query: solvedCheckQuery, variables: { token } });
    expect(page.errors).toBeUndefined();
    expect(page.data?.solvedCheck).toMatchObject({
      questionId: s.questionId,
      step: 1,
      response: null,
    });
    expect(page.data?.solvedCheck.answers).toHaveLength(2);
    for (const a of page.data!.solvedCheck.answers) {
      expect(a.excerpt.length).toBeLessThanOrEqual(200);
      expect(a.authorName).toBeTruthy();
    }

    const first = await answer(token, 'ACCEPT', s.answerIds[1]);
    expect(first.errors).toBeUndefined();
    expect(first.data?.respondToSolvedCheck).toMatchObject({
      acceptedAnswerId: s.answerIds[1],
      response: 'ACCEPTED',
    });
    const again = await answer(token, 'ACCEPT', s.answerIds[1]);
    expect(again.data?.respondToSolvedCheck.acceptedAnswerId).toBe(s.answerIds[1]);

    const [question] = await query<{ accepted_answer_id: string; accepted_by_id: string }>(
      api,
      `SELECT accepted_answer_id, accepted_by_id FROM question WHERE id = $1`,
      [s.questionId],
    );
    expect(question).toEqual({
      accepted_answer_id: s.answerIds[1],
      accepted_by_id: s.asker.person.id,
    });
    const responses = await query(
      api,
      `SELECT action, answer_id, step, cycle, user_id FROM solved_reminder_response WHERE question_id = $1`,
      [s.questionId],
    );
    expect(responses).toEqual([
      {
        action: 'accepted',
        answer_id: s.answerIds[1],
        step: 1,
        cycle: 1,
        user_id: s.asker.person.id,
      },
    ]);
    await tickAt(s.firstAnswerAt + 7 * day);
    expect(await stepsOf(s.questionId)).toEqual([{ cycle: 1, step: 1 }]);
  });

  it('"still not solved" restarts the case with a new cycle, once, and counts again from the next answer', async () => {
    const s = await scenario();
    const [{ product_id: productId }] = await query<{ product_id: string }>(
      api,
      `SELECT product_id FROM question WHERE id = $1`,
      [s.questionId],
    );
    const expert = await forum.newUser({ role: Role.Expert });
    await query(
      api,
      `INSERT INTO support_case (question_id, product_id, status, cycle, clock_started_at, due_at,
         responded_at, responded_by_id, claimed_by_id, claimed_at, breached_at)
       VALUES ($1, $2, 'responded', 1, $3, $4, $5, $6, $6, $3, $4)
       -- The desk opened the case when the question was asked; this one was answered late.
       ON CONFLICT (question_id) DO UPDATE SET status = 'responded', cycle = 1,
         clock_started_at = $3, due_at = $4, responded_at = $5, responded_by_id = $6,
         claimed_by_id = $6, claimed_at = $3, breached_at = $4`,
      [
        s.questionId,
        productId,
        new Date(s.firstAnswerAt - day),
        new Date(s.firstAnswerAt),
        new Date(s.firstAnswerAt),
        expert.person.id,
      ],
    );
    await tickAt(s.firstAnswerAt + 3 * day);
    const token = tokenIn(await reminderMail(s));
    const restartAt = s.firstAnswerAt + 5 * day;
    at(restartAt);
    const first = await answer(token, 'NOT_SOLVED');
    expect(first.errors).toBeUndefined();
    expect(first.data?.respondToSolvedCheck.response).toBe('NOT_SOLVED');
    const caseRow = async () =>
      (
        await query<{
          status: string;
          cycle: number;
          clock_started_at: Date;
          due_at: Date;
          claimed_by_id: string | null;
          responded_at: Date | null;
          breached_at: Date | null;
        }>(
          api,
          `SELECT status, cycle, clock_started_at, due_at, claimed_by_id, responded_at, breached_at
           FROM support_case WHERE question_id = $1`,
          [s.questionId],
        )
      )[0]!;
    expect(await caseRow()).toEqual({
      status: 'awaiting_response',
      cycle: 2,
      clock_started_at: new Date(restartAt),
      // The default policy: 24 hours round the clock.
      due_at: new Date(restartAt + day),
      claimed_by_id: null,
      responded_at: null,
      breached_at: null,
    });
    at(restartAt + minute);
    const again = await answer(token, 'NOT_SOLVED');
    expect(again.errors).toBeUndefined();
    expect((await caseRow()).cycle).toBe(2);

    // The old answers count no more: nothing at step 2 of the first cycle.
    await tickAt(s.firstAnswerAt + 7 * day);
    expect(await stepsOf(s.questionId)).toEqual([{ cycle: 1, step: 1 }]);
    const newAnswer = await forum.newAnswer({ questionId: s.questionId });
    const newAnswerAt = restartAt + 2 * 60 * minute;
    await query(api, `UPDATE answer SET created_at = $2 WHERE id = $1`, [
      newAnswer,
      new Date(newAnswerAt),
    ]);
    await tickAt(newAnswerAt + 3 * day - minute);
    expect(await stepsOf(s.questionId)).toHaveLength(1);
    await tickAt(newAnswerAt + 3 * day);
    expect(await stepsOf(s.questionId)).toEqual([
      { cycle: 1, step: 1 },
      { cycle: 2, step: 1 },
    ]);
    const receipts = await query<{ event_key: string }>(
      api,
      `SELECT event_key FROM notification_receipt WHERE user_id = $1 ORDER BY created_at`,
      [s.asker.person.id],
    );
    expect(receipts.map((r) => r.event_key)).toContain(`question.solved_check:${s.questionId}:1:2`);
  });

  it('refuses tampered, expired and foreign tokens, hidden answers and closed questions with typed errors, changing nothing', async () => {
    const s = await scenario(3);
    const other = await scenario();
    await tickAt(s.firstAnswerAt + 3 * day);
    const token = tokenIn(await reminderMail(s));
    const reasonOf = (response: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
      response.errors?.[0]?.extensions?.['reason'];

    const [payload, signature] = token.split('.') as [string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    const forged = `${Buffer.from(JSON.stringify({ ...claims, q: other.questionId })).toString('base64url')}.${signature}`;
    expect(reasonOf(await answer(forged, 'ACCEPT', other.answerIds[0]))).toBe('TOKEN_INVALID');
    expect(reasonOf(await answer(`${token}x`, 'NOT_SOLVED'))).toBe('TOKEN_INVALID');
    expect(reasonOf(await answer('not a token', 'STOP'))).toBe('TOKEN_INVALID');
    const visitor = await gql(api, { query: solvedCheckQuery, variables: { token: forged } });
    expect(reasonOf(visitor)).toBe('TOKEN_INVALID');
    // Signed in as someone else, still no token: nothing to answer with.
    const stranger = await forum.newUser();
    expect(reasonOf(await answer('', 'ACCEPT', s.answerIds[0], stranger))).toBe('TOKEN_INVALID');

    expect(reasonOf(await answer(token, 'ACCEPT', other.answerIds[0]))).toBe('ANSWER_NOT_FOUND');
    expect(reasonOf(await answer(token, 'ACCEPT'))).toBe('ANSWER_NOT_FOUND');
    await query(
      api,
      `UPDATE answer SET hidden_at = now(), hidden_reason = 'moderator' WHERE id = $1`,
      [s.answerIds[2]],
    );
    expect(reasonOf(await answer(token, 'ACCEPT', s.answerIds[2]))).toBe('ANSWER_NOT_FOUND');

    at(s.firstAnswerAt + 3 * day + 60 * day);
    expect(reasonOf(await answer(token, 'ACCEPT', s.answerIds[0]))).toBe('TOKEN_EXPIRED');
    expect(reasonOf(await gql(api, { query: solvedCheckQuery, variables: { token } }))).toBe(
      'TOKEN_EXPIRED',
    );

    at(s.firstAnswerAt + 4 * day);
    await query(api, `UPDATE question SET closed_at = now(), state = 'closed' WHERE id = $1`, [
      s.questionId,
    ]);
    expect(reasonOf(await answer(token, 'ACCEPT', s.answerIds[0]))).toBe('QUESTION_CLOSED');
    expect(reasonOf(await answer(token, 'NOT_SOLVED'))).toBe('QUESTION_CLOSED');

    const [question] = await query<{ accepted_answer_id: string | null }>(
      api,
      `SELECT accepted_answer_id FROM question WHERE id = $1 OR id = $2 ORDER BY id`,
      [s.questionId, other.questionId],
    );
    expect(question?.accepted_answer_id).toBeNull();
    expect(
      await query(api, `SELECT 1 FROM solved_reminder_response WHERE question_id = ANY($1)`, [
        [s.questionId, other.questionId],
      ]),
    ).toEqual([]);
  });
});
