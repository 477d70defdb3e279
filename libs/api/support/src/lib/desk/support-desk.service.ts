import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserService, type Viewer } from '@forum/api/identity';
import { NotificationService } from '@forum/api/notifications';
import {
  Clock,
  type Connection,
  decodeCursor,
  ForumException,
  toConnection,
} from '@forum/api/platform';
import { type QuestionDeskFacts, QuestionDeskReads, titleSlug } from '@forum/api/qna';
import {
  ErrorKind,
  isSupportStaff,
  NotificationKind,
  QuestionState,
  Role,
  supportStaffRoles,
} from '@forum/shared/domain';
import { isUUID } from 'class-validator';
import { DataSource, type EntityManager, In } from 'typeorm';
import { ExpertAreas } from '../areas/expert-areas.service.js';
import { addBusinessMinutes, businessMinutesBetween } from '../calendar/business-hours.js';
import { ClockStop } from '../policy/support-policy.entity.js';
import {
  SupportPolicies,
  type SupportPolicy,
  targetMoment,
} from '../policy/support-policies.service.js';
import { SupportCaseEntity, SupportCaseStatus } from './support-case.entity.js';
import { InboxFilter, SupportCase } from './support-case.model.js';
import { SupportDeskException, SupportDeskExceptionCode } from './support-desk.exception.js';

/** Roles that answer for the company on the desk (product managers do not). */
const maxSnoozeMs = 30 * 24 * 60 * 60 * 1000;

export function toSupportCase(entity: SupportCaseEntity): SupportCase {
  return Object.assign(new SupportCase(), {
    questionId: entity.questionId,
    productId: entity.productId,
    respondedById: entity.respondedById,
    claimedById: entity.claimedById,
    assignedById: entity.assignedById,
    status: entity.status,
    cycle: entity.cycle,
    clockStartedAt: entity.clockStartedAt,
    dueAt: entity.dueAt,
    respondedAt: entity.respondedAt,
    waitingOnCustomerSince: entity.waitingSince,
    claimedAt: entity.claimedAt,
    snoozedUntil: entity.snoozedUntil,
    breachedAt: entity.breachedAt,
    breached: entity.breachedAt !== null,
  });
}

/**
 * Working minutes left until the target (negative once past it). The clock stands still while
 * the desk waits for the customer, and after the response that stopped it.
 */
export function businessMinutesLeft(
  policy: SupportPolicy,
  supportCase: Pick<SupportCase, 'dueAt' | 'waitingOnCustomerSince' | 'respondedAt'>,
  now: Date,
): number {
  const at = supportCase.waitingOnCustomerSince ?? supportCase.respondedAt ?? now;
  return at <= supportCase.dueAt
    ? businessMinutesBetween(policy.hours, at, supportCase.dueAt)
    : -businessMinutesBetween(policy.hours, supportCase.dueAt, at);
}

/** The SQL that keeps hidden, deleted and closed questions out of every inbox view. */
const viewerCte = `WITH v AS (SELECT $1::uuid AS id, $2::uuid[] AS products, $3::uuid[] AS tags,
                           $4::timestamptz AS now)`;
const fromCases = 'FROM v CROSS JOIN support_case c JOIN question q ON q.id = c.question_id';
const openCase = `c.status = 'awaiting_response'
  AND q.deleted_at IS NULL AND q.hidden_at IS NULL AND q.state <> 'closed'`;
/** The question's product or one of its tags is in the viewer's areas (none: all areas). */
const inAreas = `(cardinality(v.products) + cardinality(v.tags) = 0
  OR q.product_id = ANY(v.products)
  OR EXISTS (SELECT 1 FROM question_tag qt WHERE qt.question_id = c.question_id
             AND qt.tag_id = ANY(v.tags)))`;
const notSnoozed = '(c.snoozed_until IS NULL OR c.snoozed_until <= v.now)';
const notWaiting = 'c.waiting_since IS NULL';
/** Sent back by the customer ("still not solved") with no response yet: 0 sorts first. */
const sentBackRank = `(CASE WHEN c.cycle > 1 AND c.responded_at IS NULL THEN 0 ELSE 1 END)`;

const filterSql: Record<InboxFilter, string> = {
  mine: 'c.claimed_by_id = v.id',
  unclaimed: `c.claimed_by_id IS NULL AND ${inAreas} AND ${notSnoozed} AND ${notWaiting}`,
  my_areas: `${inAreas} AND ${notSnoozed} AND ${notWaiting}`,
  all_areas: `${notSnoozed} AND ${notWaiting}`,
  waiting_on_customer: `c.waiting_since IS NOT NULL AND (c.claimed_by_id = v.id OR ${inAreas})`,
  breached: `c.breached_at IS NOT NULL AND ${notSnoozed} AND (c.claimed_by_id = v.id OR ${inAreas})`,
};

/**
 * The support desk: each question's case from asking to solution, the experts' inbox, and what
 * staff do with a case (claim, release, assign, snooze, wait for the customer, resume).
 */
@Injectable()
export class SupportDesk {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly policies: SupportPolicies,
    private readonly areas: ExpertAreas,
    private readonly users: UserService,
    private readonly questions: QuestionDeskReads,
    private readonly notifications: NotificationService,
  ) {}

  // ---- lifecycle, inside the transaction of the qna change ----

  /** Opens the case of a new question; its clock starts now. */
  async open(manager: EntityManager, questionId: string): Promise<void> {
    const question = await this.questions.facts(manager, questionId);
    if (!question) return;
    const now = this.clock.now();
    const policy = await this.policies.forProduct(manager, question.productId);
    await manager
      .createQueryBuilder()
      .insert()
      .into(SupportCaseEntity)
      .values({
        questionId,
        productId: question.productId,
        status: SupportCaseStatus.AwaitingResponse,
        cycle: 1,
        clockStartedAt: now,
        dueAt: targetMoment(policy, now),
      })
      .orIgnore()
      .execute();
  }

  /** An answer: a response that stops the clock, or the asker replying while the desk waits. */
  async answered(manager: EntityManager, questionId: string, authorId: string): Promise<void> {
    const found = await this.lockCase(manager, questionId);
    if (!found) return;
    const question = await this.questions.facts(manager, questionId);
    if (!question) return;
    const now = this.clock.now();
    const policy = await this.policies.forProduct(manager, found.productId);
    if (authorId === question.authorId) {
      if (found.waitingSince) await this.save(manager, this.resumed(found, policy, now));
      return;
    }
    if (found.status !== SupportCaseStatus.AwaitingResponse) return;
    const counts =
      policy.clockStopsAt === ClockStop.AnyAnswer || (await this.isDeskStaff(manager, authorId));
    if (!counts) return;
    found.status = SupportCaseStatus.Responded;
    found.respondedAt = now;
    found.respondedById = authorId;
    found.waitingSince = null;
    await this.save(manager, found);
    await manager.query(
      `UPDATE support_breach SET responded_at = $3
       WHERE question_id = $1 AND cycle = $2 AND responded_at IS NULL`,
      [questionId, found.cycle, now],
    );
  }

  /** A comment: the asker replying while the desk waits resumes the clock. */
  async commented(manager: EntityManager, questionId: string, authorId: string): Promise<void> {
    const found = await this.lockCase(manager, questionId);
    if (!found?.waitingSince) return;
    const question = await this.questions.facts(manager, questionId);
    if (question?.authorId !== authorId) return;
    const policy = await this.policies.forProduct(manager, found.productId);
    await this.save(manager, this.resumed(found, policy, this.clock.now()));
  }

  async accepted(manager: EntityManager, questionId: string): Promise<void> {
    const found = await this.lockCase(manager, questionId);
    if (!found || found.status === SupportCaseStatus.Closed) return;
    found.status = SupportCaseStatus.Solved;
    found.waitingSince = null;
    await this.save(manager, found);
  }

  async unaccepted(manager: EntityManager, questionId: string): Promise<void> {
    const found = await this.lockCase(manager, questionId);
    if (found?.status !== SupportCaseStatus.Solved) return;
    found.status = found.respondedAt
      ? SupportCaseStatus.Responded
      : SupportCaseStatus.AwaitingResponse;
    await this.save(manager, found);
  }

  async closed(manager: EntityManager, questionId: string): Promise<void> {
    const found = await this.lockCase(manager, questionId);
    if (!found || found.status === SupportCaseStatus.Closed) return;
    found.status = SupportCaseStatus.Closed;
    await this.save(manager, found);
  }

  /** Reopened, restored or unhidden: back to where its answers leave it, if it is visible again. */
  async reconsidered(manager: EntityManager, questionId: string): Promise<void> {
    const found = await this.lockCase(manager, questionId);
    const question = await this.questions.facts(manager, questionId);
    if (!question) return;
    if (!found) {
      await this.open(manager, questionId);
      return;
    }
    found.status = statusOf(question, found);
    await this.save(manager, found);
  }

  // ---- the inbox ----

  async inbox(
    viewer: Viewer,
    args: { filter: InboxFilter; first: number; after?: string | null },
  ): Promise<Connection<SupportCase>> {
    const manager = this.dataSource.manager;
    const areas = await this.areas.areasOf(manager, viewer.user.id);
    const now = this.clock.now();
    const params: unknown[] = [viewer.user.id, areas.productIds, areas.tagIds, now];
    const where = `${openCase} AND ${filterSql[args.filter]}`;
    const counted: Array<{ count: string }> = await manager.query(
      `${viewerCte} SELECT count(*) AS count ${fromCases} WHERE ${where}`,
      params,
    );
    let after = '';
    if (args.after) {
      const [rank, dueAt, id] = decodeCursor(args.after, 3);
      if (
        (rank !== 0 && rank !== 1) ||
        typeof dueAt !== 'string' ||
        Number.isNaN(Date.parse(dueAt)) ||
        !isUUID(String(id))
      ) {
        throw new ForumException(
          ErrorKind.BadUserInput,
          'INVALID_CURSOR',
          'The cursor is not valid for this list.',
        );
      }
      params.push(rank, dueAt, id);
      after = ` AND (${sentBackRank}, c.due_at, c.question_id) > ($5::int, $6::timestamptz, $7::uuid)`;
    }
    params.push(args.first + 1);
    const ids: Array<{ question_id: string; rank: number }> = await manager.query(
      `${viewerCte} SELECT c.question_id, ${sentBackRank} AS rank ${fromCases}
       WHERE ${where}${after}
       ORDER BY ${sentBackRank}, c.due_at, c.question_id LIMIT $${params.length}`,
      params,
    );
    const rows = await manager.findBy(SupportCaseEntity, {
      questionId: In(ids.map((row) => row.question_id)),
    });
    const byId = new Map(rows.map((row) => [row.questionId, row]));
    const ranks = new Map(ids.map((row) => [row.question_id, row.rank]));
    const ordered = ids.flatMap((row) => byId.get(row.question_id) ?? []).map(toSupportCase);
    return toConnection(ordered, args.first, Number(counted[0]?.count ?? 0), (c) => [
      ranks.get(c.questionId) ?? 1,
      c.dueAt.toISOString(),
      c.questionId,
    ]);
  }

  async inboxCounts(
    viewer: Viewer,
  ): Promise<Record<'mine' | 'unclaimed' | 'myAreas' | 'waitingOnCustomer' | 'breached', number>> {
    const manager = this.dataSource.manager;
    const areas = await this.areas.areasOf(manager, viewer.user.id);
    const rows: Array<Record<string, string>> = await manager.query(
      `${viewerCte}
       SELECT count(*) FILTER (WHERE ${filterSql.mine}) AS mine,
              count(*) FILTER (WHERE ${filterSql.unclaimed}) AS unclaimed,
              count(*) FILTER (WHERE ${filterSql.my_areas}) AS my_areas,
              count(*) FILTER (WHERE ${filterSql.waiting_on_customer}) AS waiting,
              count(*) FILTER (WHERE ${filterSql.breached}) AS breached
       ${fromCases} WHERE ${openCase}`,
      [viewer.user.id, areas.productIds, areas.tagIds, this.clock.now()],
    );
    const row = rows[0] ?? {};
    return {
      mine: Number(row['mine'] ?? 0),
      unclaimed: Number(row['unclaimed'] ?? 0),
      myAreas: Number(row['my_areas'] ?? 0),
      waitingOnCustomer: Number(row['waiting'] ?? 0),
      breached: Number(row['breached'] ?? 0),
    };
  }

  /** The cases of these questions, in the order asked (null where there is none). */
  async casesOf(questionIds: readonly string[]): Promise<Array<SupportCase | null>> {
    const rows = await this.dataSource.manager.findBy(SupportCaseEntity, {
      questionId: In([...questionIds]),
    });
    const byId = new Map(rows.map((row) => [row.questionId, toSupportCase(row)]));
    return questionIds.map((id) => byId.get(id) ?? null);
  }

  /** Active experts, moderators and admins by name: whom a question can be assigned to. */
  async assignableStaffIds(now: Date = this.clock.now()): Promise<string[]> {
    return this.users.reachableIdsWithRoles(supportStaffRoles, now, 200);
  }

  policyOf(productId: string): Promise<SupportPolicy> {
    return this.policies.forProduct(this.dataSource.manager, productId);
  }

  // ---- what staff do ----

  claim(viewer: Viewer, questionId: string): Promise<SupportCase> {
    return this.change(questionId, async (_manager, found, now) => {
      requireOpen(found);
      if (found.claimedById === viewer.user.id) return false;
      if (found.claimedById) {
        throw new SupportDeskException(
          SupportDeskExceptionCode.AlreadyClaimed,
          'Someone else is on this question.',
          { claimedById: found.claimedById },
        );
      }
      Object.assign(found, { claimedById: viewer.user.id, claimedAt: now, assignedById: null });
      return true;
    });
  }

  release(viewer: Viewer, questionId: string): Promise<SupportCase> {
    return this.change(questionId, async (_manager, found) => {
      if (!found.claimedById) return false;
      const mayReleaseAny = viewer.user.role === Role.Moderator || viewer.user.role === Role.Admin;
      if (found.claimedById !== viewer.user.id && !mayReleaseAny) {
        throw new SupportDeskException(
          SupportDeskExceptionCode.NotClaimedByYou,
          'Only the person on it, a moderator or an admin may release it.',
        );
      }
      Object.assign(found, { claimedById: null, claimedAt: null, assignedById: null });
      return true;
    });
  }

  assign(viewer: Viewer, questionId: string, assigneeId: string): Promise<SupportCase> {
    return this.change(questionId, async (manager, found, now) => {
      requireOpen(found);
      const assignee = await this.users.findById(assigneeId, manager);
      const active =
        assignee &&
        assignee.deletedAt === null &&
        (assignee.suspendedUntil === null || assignee.suspendedUntil <= now);
      if (!assignee || !active || !isSupportStaff(assignee.role)) {
        throw new SupportDeskException(
          SupportDeskExceptionCode.AssigneeNotStaff,
          'Questions go to active experts, moderators or admins only.',
        );
      }
      if (found.claimedById === assigneeId) return false;
      Object.assign(found, {
        claimedById: assigneeId,
        claimedAt: now,
        assignedById: viewer.user.id,
      });
      const question = await this.questions.facts(manager, questionId);
      await this.notifications.deliver(manager, {
        kind: NotificationKind.QuestionAssigned,
        eventKey: `question.assigned:${questionId}:${assigneeId}:${now.getTime()}`,
        recipientIds: [assigneeId],
        actorId: viewer.user.id,
        subjectKey: `question:${questionId}`,
        payload: {
          questionId,
          questionTitle: question?.title ?? '',
          questionSlug: titleSlug(question?.title ?? ''),
          dueAt: found.dueAt.toISOString(),
        },
      });
      return true;
    });
  }

  snooze(_viewer: Viewer, questionId: string, until: Date): Promise<SupportCase> {
    return this.change(questionId, async (_manager, found, now) => {
      if (until <= now) {
        throw new SupportDeskException(
          SupportDeskExceptionCode.SnoozeInPast,
          'A snooze has to end in the future.',
        );
      }
      if (until.getTime() - now.getTime() > maxSnoozeMs) {
        throw new SupportDeskException(
          SupportDeskExceptionCode.SnoozeTooFar,
          'A snooze may last at most 30 days.',
          { maxDays: 30 },
        );
      }
      requireOpen(found);
      found.snoozedUntil = until;
      return true;
    });
  }

  unsnooze(_viewer: Viewer, questionId: string): Promise<SupportCase> {
    return this.change(questionId, async (_manager, found) => {
      if (!found.snoozedUntil) return false;
      found.snoozedUntil = null;
      return true;
    });
  }

  markWaiting(_viewer: Viewer, questionId: string): Promise<SupportCase> {
    return this.change(questionId, async (_manager, found, now) => {
      requireOpen(found);
      if (found.waitingSince) {
        throw new SupportDeskException(
          SupportDeskExceptionCode.WaitingStateUnchanged,
          'The desk already waits for the customer.',
        );
      }
      found.waitingSince = now;
      return true;
    });
  }

  resume(_viewer: Viewer, questionId: string): Promise<SupportCase> {
    return this.change(questionId, async (manager, found, now) => {
      if (!found.waitingSince) {
        throw new SupportDeskException(
          SupportDeskExceptionCode.WaitingStateUnchanged,
          'The desk does not wait for the customer.',
        );
      }
      const policy = await this.policies.forProduct(manager, found.productId);
      this.resumed(found, policy, now);
      return true;
    });
  }

  // ---- helpers ----

  /** Runs a staff action on the locked case row; `act` returns whether it changed anything. */
  private async change(
    questionId: string,
    act: (manager: EntityManager, found: SupportCaseEntity, now: Date) => Promise<boolean>,
  ): Promise<SupportCase> {
    if (!isUUID(questionId)) {
      throw new SupportDeskException(SupportDeskExceptionCode.CaseNotFound, 'No such question.');
    }
    return this.dataSource.transaction(async (manager) => {
      const found = await this.lockCase(manager, questionId);
      const question = found ? await this.questions.facts(manager, questionId) : null;
      if (!found || !question || question.deleted) {
        throw new SupportDeskException(SupportDeskExceptionCode.CaseNotFound, 'No such question.');
      }
      if (await act(manager, found, this.clock.now())) await this.save(manager, found);
      return toSupportCase(found);
    });
  }

  private lockCase(manager: EntityManager, questionId: string): Promise<SupportCaseEntity | null> {
    return manager.findOne(SupportCaseEntity, {
      where: { questionId },
      lock: { mode: 'pessimistic_write' },
    });
  }

  private async save(manager: EntityManager, found: SupportCaseEntity): Promise<void> {
    await manager.update(
      SupportCaseEntity,
      { questionId: found.questionId },
      {
        status: found.status,
        dueAt: found.dueAt,
        respondedAt: found.respondedAt,
        respondedById: found.respondedById,
        waitingSince: found.waitingSince,
        claimedById: found.claimedById,
        claimedAt: found.claimedAt,
        assignedById: found.assignedById,
        snoozedUntil: found.snoozedUntil,
        breachedAt: found.breachedAt,
      },
    );
  }

  /** Ends a pause: the target moves later by the working minutes the desk waited. */
  private resumed(found: SupportCaseEntity, policy: SupportPolicy, now: Date): SupportCaseEntity {
    if (!found.waitingSince) return found;
    const paused = businessMinutesBetween(policy.hours, found.waitingSince, now);
    found.dueAt = addBusinessMinutes(policy.hours, found.dueAt, paused);
    found.waitingSince = null;
    return found;
  }

  private async isDeskStaff(manager: EntityManager, userId: string): Promise<boolean> {
    const user = await this.users.findById(userId, manager);
    return user !== null && isSupportStaff(user.role);
  }
}

function requireOpen(found: SupportCaseEntity): void {
  if (found.status !== SupportCaseStatus.AwaitingResponse) {
    throw new SupportDeskException(
      SupportDeskExceptionCode.CaseNotOpen,
      'The question does not wait for a response.',
      { status: found.status },
    );
  }
}

function statusOf(question: QuestionDeskFacts, found: SupportCaseEntity): SupportCaseStatus {
  if (question.deleted || question.hidden || question.state === QuestionState.Closed) {
    return SupportCaseStatus.Closed;
  }
  if (question.acceptedAnswerId) return SupportCaseStatus.Solved;
  return found.respondedAt ? SupportCaseStatus.Responded : SupportCaseStatus.AwaitingResponse;
}
