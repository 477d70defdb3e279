import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Clock } from '@forum/api/platform';
import {
  createForumTestContext,
  createTestApp,
  type ForumTestContext,
  gql,
  gqlData,
  type TestApp,
  type TestSession,
  withoutReputationLimits,
} from '@forum/api/testing';
import { Role } from '@forum/shared/domain';
import type { DataSource, QueryRunner } from 'typeorm';
import { SupportModule } from '../support.module.js';
import { SupportDeskTick } from './support-desk.tick.js';

const caseFields = `status cycle clockStartedAt dueAt respondedAt waitingOnCustomerSince
  claimedAt snoozedUntil breachedAt breached businessMinutesLeft
  claimedBy { id } assignedBy { id } question { id title }`;
const supportCaseQuery = `query Q($id: ID!) { question(id: $id) { id supportCase { ${caseFields} } } }`;
const inboxQuery = `query I($filter: InboxFilter, $first: Int, $after: String) {
  expertInbox(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { question { id } dueAt cycle } } } }`;
const countsQuery = '{ expertInboxCounts { mine unclaimed myAreas waitingOnCustomer breached } }';

interface CaseData {
  status: string;
  cycle: number;
  clockStartedAt: string;
  dueAt: string;
  respondedAt: string | null;
  waitingOnCustomerSince: string | null;
  claimedAt: string | null;
  snoozedUntil: string | null;
  breachedAt: string | null;
  breached: boolean;
  businessMinutesLeft: number;
  claimedBy: { id: string } | null;
  assignedBy: { id: string } | null;
}

type Filter = 'MINE' | 'UNCLAIMED' | 'MY_AREAS' | 'ALL_AREAS' | 'WAITING_ON_CUSTOMER' | 'BREACHED';

/** Berlin office hours, Monday to Friday 09:00–17:00; a target of one working day. */
const berlinPolicy = {
  timeZone: 'Europe/Berlin',
  workingDays: [1, 2, 3, 4, 5],
  start: 9 * 60,
  end: 17 * 60,
  target: 480,
};

describe('support desk', () => {
  let api: TestApp;
  let forum: ForumTestContext;
  let db: DataSource;
  let clock: Clock;
  let realNow: () => Date;
  let expert: TestSession;
  let colleague: TestSession;
  let moderator: TestSession;
  let admin: TestSession;
  let member: TestSession;
  let asker: TestSession;

  beforeAll(async () => {
    api = await createTestApp([SupportModule], withoutReputationLimits);
    forum = createForumTestContext(api);
    db = api.app.get<DataSource>(getDataSourceToken());
    clock = api.app.get(Clock);
    realNow = clock.now.bind(clock);
    [expert, colleague, moderator, admin, member, asker] = await Promise.all([
      forum.newUser({ role: Role.Expert }),
      forum.newUser({ role: Role.Expert }),
      forum.newUser({ role: Role.Moderator }),
      forum.newUser({ role: Role.Admin }),
      forum.newUser(),
      forum.newUser(),
    ]);
  });

  afterEach(() => {
    clock.now = realNow;
  });

  afterAll(async () => {
    await api?.close();
  });

  const at = (iso: string) => {
    const moment = new Date(iso);
    clock.now = () => new Date(moment);
  };

  const supportCase = async (questionId: string, as: TestSession = expert) => {
    const data = await gqlData<{ question: { supportCase: CaseData | null } }>(api, {
      query: supportCaseQuery,
      variables: { id: questionId },
      as,
    });
    return data.question.supportCase;
  };

  const inbox = async (filter: Filter, as: TestSession = expert, first = 50) => {
    const data = await gqlData<{
      expertInbox: { totalCount: number; edges: Array<{ node: { question: { id: string } } }> };
    }>(api, { query: inboxQuery, variables: { filter, first }, as });
    return data.expertInbox.edges.map((edge) => edge.node.question.id);
  };

  const desk = (mutation: string, variables: Record<string, unknown>, as: TestSession) => {
    const [name, argument] = mutation.split(':') as [string, string];
    const declaration = argument === 'input' ? `$input: ${inputType(name)}!` : '$questionId: ID!';
    const call = argument === 'input' ? 'input: $input' : 'questionId: $questionId';
    return gql<Record<string, CaseData>>(api, {
      query: `mutation M(${declaration}) { ${name}(${call}) { ${caseFields} } }`,
      variables,
      as,
    });
  };
  const inputType = (name: string) =>
    name === 'assignQuestion' ? 'AssignQuestionInput' : 'SnoozeQuestionInput';

  const reasonOf = (response: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
    response.errors?.[0]?.extensions?.['reason'];

  const newProduct = async (
    policy?: Partial<typeof berlinPolicy> & { clockStopsAt?: string; leadExpertId?: string },
  ) => {
    const productId = await forum.newProduct();
    if (policy) {
      await db.query(
        `INSERT INTO support_policy (product_id, time_zone, working_days, day_start_minute,
           day_end_minute, first_response_target_minutes, clock_stops_at, lead_expert_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          productId,
          policy.timeZone ?? 'UTC',
          policy.workingDays ?? [1, 2, 3, 4, 5, 6, 7],
          policy.start ?? 0,
          policy.end ?? 1440,
          policy.target ?? 1440,
          policy.clockStopsAt ?? 'staff_answer',
          policy.leadExpertId ?? null,
        ],
      );
    }
    return productId;
  };

  const cover = (session: TestSession, productId: string) =>
    db.query('INSERT INTO expert_area (user_id, product_id) VALUES ($1, $2)', [
      session.person.id,
      productId,
    ]);

  const escalationsOf = async (questionId: string) => {
    const rows: Array<{ user_id: string; step: string }> = await db.query(
      `SELECT user_id, payload->>'step' AS step FROM notification
       WHERE kind = 'question.escalated' AND payload->>'questionId' = $1
       ORDER BY user_id`,
      [questionId],
    );
    return rows;
  };

  describe('lifecycle from question events', () => {
    it('opens a case at asking; a member answer does not stop the clock, a staff answer does', async () => {
      at('2027-03-01T08:00:00Z');
      const productId = await newProduct();
      const questionId = await forum.newQuestion({ productId, author: asker });
      const opened = await supportCase(questionId);
      expect(opened).toMatchObject({
        status: 'AWAITING_RESPONSE',
        cycle: 1,
        clockStartedAt: '2027-03-01T08:00:00.000Z',
        dueAt: '2027-03-02T08:00:00.000Z',
        businessMinutesLeft: 1440,
        breached: false,
      });
      await forum.newAnswer({ questionId, author: member });
      expect((await supportCase(questionId))?.status).toBe('AWAITING_RESPONSE');
      await forum.newAnswer({ questionId, author: asker });
      expect((await supportCase(questionId))?.status).toBe('AWAITING_RESPONSE');

      at('2027-03-01T10:30:00Z');
      const answerId = await forum.newAnswer({ questionId, author: expert });
      expect(await supportCase(questionId)).toMatchObject({
        status: 'RESPONDED',
        respondedAt: '2027-03-01T10:30:00.000Z',
        businessMinutesLeft: 1440 - 150,
      });

      await forum.accept({ as: asker, answerId });
      expect((await supportCase(questionId))?.status).toBe('SOLVED');
      await gqlData(api, {
        query: 'mutation U($input: UnacceptAnswerInput!) { unacceptAnswer(input: $input) { id } }',
        variables: { input: { questionId } },
        as: asker,
      });
      expect((await supportCase(questionId))?.status).toBe('RESPONDED');
    });

    it('lets any answer but the asker’s stop the clock when the product says so', async () => {
      const productId = await newProduct({ clockStopsAt: 'any_answer' });
      const questionId = await forum.newQuestion({ productId, author: asker });
      await forum.newAnswer({ questionId, author: asker });
      expect((await supportCase(questionId))?.status).toBe('AWAITING_RESPONSE');
      await forum.newAnswer({ questionId, author: member });
      expect((await supportCase(questionId))?.status).toBe('RESPONDED');
    });

    it('closes with the question and comes back when it is reopened or unhidden', async () => {
      const questionId = await forum.newQuestion({ author: asker });
      await gqlData(api, {
        query: 'mutation C($input: CloseQuestionInput!) { closeQuestion(input: $input) { id } }',
        variables: { input: { id: questionId, reason: 'OFF_TOPIC' } },
        as: moderator,
      });
      expect((await supportCase(questionId))?.status).toBe('CLOSED');
      expect(await inbox('ALL_AREAS', moderator)).not.toContain(questionId);
      await gqlData(api, {
        query: 'mutation R($input: PostIdInput!) { reopenQuestion(input: $input) { id } }',
        variables: { input: { id: questionId } },
        as: moderator,
      });
      expect((await supportCase(questionId))?.status).toBe('AWAITING_RESPONSE');

      await gqlData(api, {
        query: 'mutation H($input: HidePostInput!) { hidePost(input: $input) { id } }',
        variables: { input: { id: questionId, target: 'QUESTION', note: 'Checking.' } },
        as: moderator,
      });
      expect((await supportCase(questionId, moderator))?.status).toBe('CLOSED');
      await gqlData(api, {
        query: 'mutation H($input: UnhidePostInput!) { unhidePost(input: $input) { id } }',
        variables: { input: { id: questionId, target: 'QUESTION' } },
        as: moderator,
      });
      expect((await supportCase(questionId))?.status).toBe('AWAITING_RESPONSE');
    });
  });

  describe('waiting on the customer', () => {
    it('pauses the clock and moves the target by the working time paused, across a weekend', async () => {
      const productId = await newProduct(berlinPolicy);
      at('2027-03-05T09:00:00Z'); // Friday 10:00 in Berlin
      const questionId = await forum.newQuestion({ productId, author: asker });
      expect((await supportCase(questionId))?.dueAt).toBe('2027-03-08T09:00:00.000Z');

      at('2027-03-05T14:00:00Z'); // Friday 15:00
      const waiting = await desk('markWaitingOnCustomer:id', { questionId }, expert);
      expect(waiting.data?.['markWaitingOnCustomer']).toMatchObject({
        waitingOnCustomerSince: '2027-03-05T14:00:00.000Z',
        businessMinutesLeft: 180,
      });
      expect(await inbox('WAITING_ON_CUSTOMER', expert)).toContain(questionId);
      expect(await inbox('ALL_AREAS', expert)).not.toContain(questionId);

      at('2027-03-08T10:00:00Z'); // Monday 11:00: the clock still stands
      expect((await supportCase(questionId))?.businessMinutesLeft).toBe(180);
      await forum.comment({ questionId, as: asker });
      // Friday 15–17 and Monday 9–11 were paused: four working hours later than Monday 10:00.
      expect(await supportCase(questionId)).toMatchObject({
        waitingOnCustomerSince: null,
        dueAt: '2027-03-08T13:00:00.000Z',
        businessMinutesLeft: 180,
      });

      const again = await desk('resumeQuestion:id', { questionId }, expert);
      expect(reasonOf(again)).toBe('WAITING_STATE_UNCHANGED');
    });

    it('resumes by hand', async () => {
      at('2027-03-01T08:00:00Z');
      const questionId = await forum.newQuestion({ author: asker });
      await desk('markWaitingOnCustomer:id', { questionId }, expert);
      at('2027-03-01T09:00:00Z');
      const resumed = await desk('resumeQuestion:id', { questionId }, expert);
      expect(resumed.data?.['resumeQuestion']).toMatchObject({
        waitingOnCustomerSince: null,
        dueAt: '2027-03-02T09:00:00.000Z',
      });
    });
  });

  describe('inbox', () => {
    it('shows each view in its order, with counts', async () => {
      const viewer = await forum.newUser({ role: Role.Expert });
      const other = await forum.newUser({ role: Role.Expert });
      const productId = await newProduct();
      const elsewhere = await newProduct();
      await cover(viewer, productId);
      at('2027-04-01T10:00:00Z');
      const oldest = await forum.newQuestion({ productId, author: asker });
      at('2027-04-01T11:00:00Z');
      const mine = await forum.newQuestion({ productId, author: asker });
      at('2027-04-01T12:00:00Z');
      const theirs = await forum.newQuestion({ productId, author: asker });
      const snoozed = await forum.newQuestion({ productId, author: asker });
      const waiting = await forum.newQuestion({ productId, author: asker });
      const sentBack = await forum.newQuestion({ productId, author: asker });
      const notMine = await forum.newQuestion({ productId: elsewhere, author: asker });
      at('2027-04-01T13:00:00Z');
      const breached = await forum.newQuestion({ productId, author: asker });
      await db.query(
        `UPDATE support_case SET due_at = '2027-04-01T09:00:00Z', breached_at = '2027-04-01T09:00:00Z'
         WHERE question_id = $1`,
        [breached],
      );
      // "Still not solved": the second cycle started last, yet it comes first.
      await db.query(
        `UPDATE support_case SET cycle = 2, due_at = '2027-04-09T00:00:00Z' WHERE question_id = $1`,
        [sentBack],
      );
      expect(
        reasonOf(await desk('claimQuestion:id', { questionId: mine }, viewer)),
      ).toBeUndefined();
      await desk('claimQuestion:id', { questionId: theirs }, other);
      await desk(
        'snoozeQuestion:input',
        { input: { questionId: snoozed, until: '2027-04-02T12:00:00Z' } },
        viewer,
      );
      await desk('claimQuestion:id', { questionId: snoozed }, viewer);
      await desk('markWaitingOnCustomer:id', { questionId: waiting }, viewer);

      expect(await inbox('MY_AREAS', viewer)).toEqual([sentBack, breached, oldest, mine, theirs]);
      expect(await inbox('UNCLAIMED', viewer)).toEqual([sentBack, breached, oldest]);
      expect(await inbox('MINE', viewer)).toEqual([mine, snoozed]);
      expect(await inbox('WAITING_ON_CUSTOMER', viewer)).toEqual([waiting]);
      expect(await inbox('BREACHED', viewer)).toEqual([breached]);
      const all = await inbox('ALL_AREAS', viewer);
      expect(all).toEqual(expect.arrayContaining([sentBack, breached, oldest, notMine]));
      expect(all).not.toContain(snoozed);

      const counts = await gqlData<{ expertInboxCounts: Record<string, number> }>(api, {
        query: countsQuery,
        as: viewer,
      });
      expect(counts.expertInboxCounts).toEqual({
        mine: 2,
        unclaimed: 3,
        myAreas: 5,
        waitingOnCustomer: 1,
        breached: 1,
      });

      // Keyset pages follow the same order.
      const first = await gqlData<{
        expertInbox: {
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: Array<{ node: { question: { id: string } } }>;
        };
      }>(api, { query: inboxQuery, variables: { filter: 'MY_AREAS', first: 2 }, as: viewer });
      expect(first.expertInbox.pageInfo.hasNextPage).toBe(true);
      const next = await gqlData<{
        expertInbox: { edges: Array<{ node: { question: { id: string } } }> };
      }>(api, {
        query: inboxQuery,
        variables: { filter: 'MY_AREAS', first: 2, after: first.expertInbox.pageInfo.endCursor },
        as: viewer,
      });
      expect(next.expertInbox.edges.map((edge) => edge.node.question.id)).toEqual([oldest, mine]);

      at('2027-04-02T12:00:00Z'); // the snooze ends
      expect(await inbox('MY_AREAS', viewer)).toContain(snoozed);
    });

    it('is for staff only', async () => {
      const questionId = await forum.newQuestion({ author: asker });
      for (const query of [inboxQuery, countsQuery]) {
        const response = await gql(api, { query, as: member });
        expect(response.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      }
      expect(await supportCase(questionId, member)).toBeNull();
      expect(await supportCase(questionId, asker)).toBeNull();
      for (const mutation of ['claimQuestion:id', 'releaseQuestion:id', 'resumeQuestion:id']) {
        const response = await desk(mutation, { questionId }, member);
        expect(response.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      }
    });
  });

  describe('claims and assignments', () => {
    it('refuses a second claimer and lets the holder claim again', async () => {
      const questionId = await forum.newQuestion({ author: asker });
      const claimed = await desk('claimQuestion:id', { questionId }, expert);
      expect(claimed.data?.['claimQuestion']?.claimedBy?.id).toBe(expert.person.id);
      expect(reasonOf(await desk('claimQuestion:id', { questionId }, expert))).toBeUndefined();
      const twice = await desk('claimQuestion:id', { questionId }, colleague);
      expect(reasonOf(twice)).toBe('ALREADY_CLAIMED');
      expect(twice.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
      expect(reasonOf(await desk('releaseQuestion:id', { questionId }, colleague))).toBe(
        'NOT_CLAIMED_BY_YOU',
      );
      const released = await desk('releaseQuestion:id', { questionId }, moderator);
      expect(released.data?.['releaseQuestion']?.claimedBy).toBeNull();
      expect(reasonOf(await desk('claimQuestion:id', { questionId: randomUUID() }, expert))).toBe(
        'CASE_NOT_FOUND',
      );
    });

    it('refuses to claim a question that is answered', async () => {
      const questionId = await forum.newQuestion({ author: asker });
      await forum.newAnswer({ questionId, author: colleague });
      expect(reasonOf(await desk('claimQuestion:id', { questionId }, expert))).toBe(
        'CASE_NOT_OPEN',
      );
    });

    it('assigns only to active staff and tells the assignee', async () => {
      const questionId = await forum.newQuestion({ author: asker });
      const toMember = await desk(
        'assignQuestion:input',
        { input: { questionId, assigneeId: member.person.id } },
        expert,
      );
      expect(reasonOf(toMember)).toBe('ASSIGNEE_NOT_STAFF');
      expect((await supportCase(questionId))?.claimedBy).toBeNull();

      const assigned = await desk(
        'assignQuestion:input',
        { input: { questionId, assigneeId: colleague.person.id } },
        expert,
      );
      expect(assigned.data?.['assignQuestion']).toMatchObject({
        claimedBy: { id: colleague.person.id },
        assignedBy: { id: expert.person.id },
      });
      const told: Array<{ user_id: string }> = await db.query(
        `SELECT user_id FROM notification
         WHERE kind = 'question.assigned' AND payload->>'questionId' = $1`,
        [questionId],
      );
      expect(told).toEqual([{ user_id: colleague.person.id }]);
    });

    it('snoozes only into the next 30 days', async () => {
      at('2027-03-01T08:00:00Z');
      const questionId = await forum.newQuestion({ author: asker });
      const snooze = (until: string) =>
        desk('snoozeQuestion:input', { input: { questionId, until } }, expert);
      expect(reasonOf(await snooze('2027-03-01T07:59:00Z'))).toBe('SNOOZE_IN_PAST');
      expect(reasonOf(await snooze('2027-03-31T08:01:00Z'))).toBe('SNOOZE_TOO_FAR');
      expect((await supportCase(questionId))?.snoozedUntil).toBeNull();
      const ok = await snooze('2027-03-02T08:00:00Z');
      expect(ok.data?.['snoozeQuestion']?.snoozedUntil).toBe('2027-03-02T08:00:00.000Z');
      const unsnoozed = await desk('unsnoozeQuestion:id', { questionId }, expert);
      expect(unsnoozed.data?.['unsnoozeQuestion']?.snoozedUntil).toBeNull();
    });

    it('releases a claim after exactly claimReleaseMinutes without an answer', async () => {
      at('2027-03-01T08:00:00Z');
      const questionId = await forum.newQuestion({ author: asker });
      await desk('claimQuestion:id', { questionId }, expert);
      const tick = api.app.get(SupportDeskTick);
      at('2027-03-01T11:59:59Z');
      await tick.tick();
      expect((await supportCase(questionId))?.claimedBy).toEqual({ id: expert.person.id });
      at('2027-03-01T12:00:00Z');
      await tick.tick();
      expect((await supportCase(questionId))?.claimedBy).toBeNull();
    });
  });

  describe('escalation ladder', () => {
    it('warns at 75 %, records the breach at the target and tells admins at 150 %, across a weekend, once each', async () => {
      const lead = await forum.newUser({ role: Role.Expert });
      const productId = await newProduct({ ...berlinPolicy, leadExpertId: lead.person.id });
      const covering = await forum.newUser({ role: Role.Expert });
      await cover(covering, productId);
      const tick = api.app.get(SupportDeskTick);
      const twice = () => Promise.all([tick.tick(), tick.tick()]);

      at('2027-03-05T12:00:00Z'); // Friday 13:00 in Berlin
      const questionId = await forum.newQuestion({ productId, author: asker });
      // Snoozed cases still escalate: the promise is to the customer.
      await desk(
        'snoozeQuestion:input',
        { input: { questionId, until: '2027-03-09T12:00:00Z' } },
        expert,
      );
      at('2027-03-08T09:30:00Z');
      await desk('claimQuestion:id', { questionId }, expert);

      // 360 working minutes: Friday 13–17, then Monday 09:00–11:00 (10:00 UTC).
      at('2027-03-08T09:59:00Z');
      await twice();
      expect(await escalationsOf(questionId)).toEqual([]);
      at('2027-03-08T10:00:00Z');
      await twice();
      const warned = await escalationsOf(questionId);
      expect(warned.map((row) => row.user_id).sort()).toEqual(
        [covering.person.id, expert.person.id].sort(),
      );
      expect(warned.every((row) => row.step === 'warn')).toBe(true);

      // The target: Monday 13:00 in Berlin.
      at('2027-03-08T11:59:00Z');
      await twice();
      expect((await supportCase(questionId))?.breached).toBe(false);
      at('2027-03-08T12:00:00Z');
      await twice();
      expect(await supportCase(questionId)).toMatchObject({
        breached: true,
        breachedAt: '2027-03-08T12:00:00.000Z',
        businessMinutesLeft: 0,
      });
      const leadTold: unknown[] = await db.query(
        `SELECT 1 FROM notification WHERE user_id = $1 AND kind = 'question.escalated'
         AND payload->>'questionId' = $2 AND payload->>'step' = 'breached'`,
        [lead.person.id, questionId],
      );
      expect(leadTold).toHaveLength(1);
      const breaches: unknown[] = await db.query(
        'SELECT question_id, cycle, product_id, due_at, breached_at, responded_at FROM support_breach WHERE question_id = $1',
        [questionId],
      );
      expect(breaches).toEqual([
        {
          question_id: questionId,
          cycle: 1,
          product_id: productId,
          due_at: new Date('2027-03-08T12:00:00Z'),
          breached_at: new Date('2027-03-08T12:00:00Z'),
          responded_at: null,
        },
      ]);

      // 150 %: 720 working minutes, Monday 17:00 in Berlin.
      at('2027-03-08T15:59:00Z');
      await twice();
      const admins = await db.query(
        `SELECT 1 FROM notification WHERE user_id = $1 AND kind = 'question.escalated'
         AND payload->>'questionId' = $2`,
        [admin.person.id, questionId],
      );
      expect(admins).toHaveLength(0);
      at('2027-03-08T16:00:00Z');
      await twice();
      const adminTold: Array<{ step: string }> = await db.query(
        `SELECT payload->>'step' AS step FROM notification WHERE user_id = $1
         AND kind = 'question.escalated' AND payload->>'questionId' = $2`,
        [admin.person.id, questionId],
      );
      expect(adminTold).toEqual([{ step: 'admins' }]);
      const steps: Array<{ step: string }> = await db.query(
        'SELECT step FROM support_escalation WHERE question_id = $1 ORDER BY created_at, step',
        [questionId],
      );
      expect(steps.map((row) => row.step)).toEqual(['warn', 'breached', 'admins']);
      const receipts: Array<{ count: string }> = await db.query(
        `SELECT count(*) AS count FROM notification_receipt WHERE event_key LIKE $1`,
        [`question.escalated:${questionId}:%`],
      );
      // covering + claimer (warn), lead (breached), admins (every admin of this database).
      const adminCount: Array<{ count: string }> = await db.query(
        "SELECT count(*) AS count FROM user_account WHERE role = 'admin' AND deleted_at IS NULL",
      );
      expect(Number(receipts[0]?.count)).toBe(3 + Number(adminCount[0]?.count));

      at('2027-03-09T09:00:00Z');
      await forum.newAnswer({ questionId, author: colleague });
      const [late] = await db.query(
        'SELECT responded_at FROM support_breach WHERE question_id = $1',
        [questionId],
      );
      expect(late).toEqual({ responded_at: new Date('2027-03-09T09:00:00Z') });
    });

    it('does not escalate while waiting on the customer', async () => {
      const productId = await newProduct(berlinPolicy);
      at('2027-03-05T12:00:00Z');
      const questionId = await forum.newQuestion({ productId, author: asker });
      await desk('markWaitingOnCustomer:id', { questionId }, expert);
      at('2027-03-10T12:00:00Z');
      await api.app.get(SupportDeskTick).tick();
      expect(await escalationsOf(questionId)).toEqual([]);
      const steps: unknown[] = await db.query(
        'SELECT step FROM support_escalation WHERE question_id = $1',
        [questionId],
      );
      expect(steps).toEqual([]);
    });
  });

  describe('migration backfill', () => {
    it('opens cases for existing questions from their answers, breached when long overdue', async () => {
      const open = await forum.newQuestion({ author: asker });
      const answered = await forum.newQuestion({ author: asker });
      await forum.newAnswer({ questionId: answered, author: expert });
      const solved = await forum.newQuestion({ author: asker });
      await forum.accept({
        as: asker,
        answerId: await forum.newAnswer({ questionId: solved, author: member }),
      });
      const old = await forum.newQuestion({ author: asker });
      await db.query("UPDATE question SET created_at = now() - interval '3 days' WHERE id = $1", [
        old,
      ]);
      const ids = [open, answered, solved, old];
      for (const table of ['support_escalation', 'support_breach', 'support_case']) {
        await db.query(`DELETE FROM ${table} WHERE question_id = ANY($1::uuid[])`, [ids]);
      }

      const migration = db.migrations.find(
        (candidate) => candidate.name === 'SupportDeskLadder1796680381774',
      );
      const statements: string[] = [];
      await migration?.up({
        query: async (sql: string) => {
          statements.push(sql);
        },
      } as unknown as QueryRunner);
      const backfill = statements.find((sql) => sql.includes('first_staff_answer'));
      expect(backfill).toBeDefined();
      await db.query(backfill ?? '');

      const cases: Array<{ question_id: string; status: string; breached: boolean }> =
        await db.query(
          `SELECT question_id, status, breached_at IS NOT NULL AS breached FROM support_case
           WHERE question_id = ANY($1::uuid[])`,
          [ids],
        );
      const byId = new Map(cases.map((row) => [row.question_id, row]));
      expect(byId.get(open)).toMatchObject({ status: 'awaiting_response', breached: false });
      expect(byId.get(answered)).toMatchObject({ status: 'responded', breached: false });
      expect(byId.get(solved)).toMatchObject({ status: 'solved', breached: false });
      expect(byId.get(old)).toMatchObject({ status: 'awaiting_response', breached: true });
      const breaches: unknown[] = await db.query(
        'SELECT 1 FROM support_breach WHERE question_id = $1',
        [old],
      );
      expect(breaches).toHaveLength(1);
      const steps: Array<{ step: string }> = await db.query(
        'SELECT step FROM support_escalation WHERE question_id = $1 ORDER BY step',
        [old],
      );
      expect(steps.map((row) => row.step)).toEqual(['admins', 'breached', 'warn']);
    });
  });
});
