import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserService } from '@forum/api/identity';
import { JobQueue } from '@forum/api/jobs';
import { NotificationService } from '@forum/api/notifications';
import { Clock, SupportConfig } from '@forum/api/platform';
import { QuestionDeskReads, titleSlug } from '@forum/api/qna';
import { NotificationKind, Role } from '@forum/shared/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { ExpertAreas } from '../areas/expert-areas.service.js';
import { addBusinessMinutes, businessMinutesBetween } from '../calendar/business-hours.js';
import { SupportPolicies, type SupportPolicy } from '../policy/support-policies.service.js';
import type { SupportCaseEntity } from './support-case.entity.js';
import { EscalationStep } from './support-escalation.entity.js';

export const deskTickQueue = 'support.desk.tick';
const deskTickCron = '* * * * *';
const batchSize = 100;

interface OpenCaseRow {
  question_id: string;
  product_id: string;
  cycle: number;
  clock_started_at: Date;
  due_at: Date;
  claimed_by_id: string | null;
  breached_at: Date | null;
}

/** The moments of one cycle's ladder; `dueAt` already carries any pause. */
export function ladderMoments(
  policy: SupportPolicy,
  supportCase: Pick<SupportCaseEntity, 'clockStartedAt' | 'dueAt'>,
): Record<EscalationStep, Date> {
  const target = policy.firstResponseTargetMinutes;
  // Working minutes the desk waited for the customer in this cycle push every step back alike.
  const paused = Math.max(
    0,
    businessMinutesBetween(policy.hours, supportCase.clockStartedAt, supportCase.dueAt) - target,
  );
  return {
    warn: addBusinessMinutes(
      policy.hours,
      supportCase.clockStartedAt,
      Math.round((target * policy.warnAtPercent) / 100) + paused,
    ),
    breached: supportCase.dueAt,
    admins: addBusinessMinutes(
      policy.hours,
      supportCase.dueAt,
      Math.max(0, Math.round((target * (policy.adminEscalationPercent - 100)) / 100)),
    ),
  };
}

/**
 * Every minute: releases claims held too long without an answer, and climbs the escalation
 * ladder of each open case whose clock runs. Each step is a row keyed by question, cycle and step,
 * written with its notification in one transaction over rows locked with SKIP LOCKED, so two
 * ticks at once never tell anyone twice.
 */
@Injectable()
export class SupportDeskTick implements OnApplicationBootstrap {
  private readonly logger = new Logger(SupportDeskTick.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queue: JobQueue,
    private readonly clock: Clock,
    private readonly config: SupportConfig,
    private readonly policies: SupportPolicies,
    private readonly areas: ExpertAreas,
    private readonly questions: QuestionDeskReads,
    private readonly notifications: NotificationService,
    private readonly users: UserService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.ensureQueue(deskTickQueue, {
      retryLimit: 0,
      expireInSeconds: 600,
      heartbeatSeconds: 30,
    });
    await this.queue.schedule(deskTickQueue, deskTickCron);
    await this.queue.work(deskTickQueue, { pollingIntervalSeconds: 10 }, () => this.tick());
  }

  /** Runs one tick at the clock's now; returns what it did, for tests and logs. */
  async tick(): Promise<{ released: number; escalations: number }> {
    const now = this.clock.now();
    const released = await this.releaseStaleClaims(now);
    let escalations = 0;
    const policies = new Map<string, SupportPolicy>();
    let lastId = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const batch = await this.dataSource.transaction(async (manager) => {
        const rows: OpenCaseRow[] = await manager.query(
          `SELECT question_id, product_id, cycle, clock_started_at, due_at, claimed_by_id,
                  breached_at
           FROM support_case c
           WHERE status = 'awaiting_response' AND waiting_since IS NULL AND question_id > $1
             AND NOT EXISTS (SELECT 1 FROM support_escalation e WHERE e.question_id = c.question_id
                             AND e.cycle = c.cycle AND e.step = 'admins')
           ORDER BY question_id LIMIT $2 FOR UPDATE SKIP LOCKED`,
          [lastId, batchSize],
        );
        for (const row of rows) {
          let policy = policies.get(row.product_id);
          if (!policy) {
            policy = await this.policies.forProduct(manager, row.product_id);
            policies.set(row.product_id, policy);
          }
          escalations += await this.escalate(manager, row, policy, now);
        }
        return rows;
      });
      if (batch.length < batchSize) break;
      lastId = batch[batch.length - 1]?.question_id ?? lastId;
    }
    if (released + escalations > 0) this.logger.log({ released, escalations }, 'Support desk tick');
    return { released, escalations };
  }

  /** Claims held `claimReleaseMinutes` with the question still unanswered go back to the pool. */
  private async releaseStaleClaims(now: Date): Promise<number> {
    const cutoff = new Date(now.getTime() - this.config.claimReleaseMinutes * 60_000);
    const [, affected]: [unknown, number] = await this.dataSource.query(
      `UPDATE support_case SET claimed_by_id = NULL, claimed_at = NULL, assigned_by_id = NULL,
                              updated_at = now()
       WHERE status = 'awaiting_response' AND claimed_at IS NOT NULL AND claimed_at <= $1`,
      [cutoff],
    );
    return affected;
  }

  private async escalate(
    manager: EntityManager,
    row: OpenCaseRow,
    policy: SupportPolicy,
    now: Date,
  ): Promise<number> {
    const moments = ladderMoments(policy, {
      clockStartedAt: row.clock_started_at,
      dueAt: row.due_at,
    });
    let taken = 0;
    for (const step of [EscalationStep.Warn, EscalationStep.Breached, EscalationStep.Admins]) {
      if (moments[step] > now) break;
      const inserted: unknown[] = await manager.query(
        `INSERT INTO support_escalation (question_id, cycle, step, created_at)
         VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING step`,
        [row.question_id, row.cycle, step, now],
      );
      if (inserted.length === 0) continue;
      taken += 1;
      const question = await this.questions.facts(manager, row.question_id);
      if (!question) continue;
      if (step === EscalationStep.Breached) {
        await manager.query(
          `UPDATE support_case SET breached_at = due_at WHERE question_id = $1 AND breached_at IS NULL`,
          [row.question_id],
        );
        await manager.query(
          `INSERT INTO support_breach (question_id, cycle, product_id, due_at, breached_at)
           VALUES ($1, $2, $3, $4, $4) ON CONFLICT DO NOTHING`,
          [row.question_id, row.cycle, question.productId, row.due_at],
        );
      }
      const covering = await this.areas.expertsFor(
        manager,
        { productId: question.productId, tagIds: question.tagIds },
        now,
      );
      const recipients =
        step === EscalationStep.Warn
          ? [...covering, ...(row.claimed_by_id ? [row.claimed_by_id] : [])]
          : step === EscalationStep.Breached
            ? policy.leadExpertId
              ? [policy.leadExpertId]
              : covering
            : await this.admins(manager, now);
      await this.notifications.deliver(manager, {
        kind: NotificationKind.QuestionEscalated,
        eventKey: `question.escalated:${row.question_id}:${row.cycle}:${step}`,
        recipientIds: recipients,
        actorId: null,
        subjectKey: `question:${row.question_id}`,
        payload: {
          questionId: row.question_id,
          questionTitle: question.title,
          questionSlug: titleSlug(question.title),
          step,
          dueAt: new Date(row.due_at).toISOString(),
        },
      });
    }
    return taken;
  }

  private admins(manager: EntityManager, now: Date): Promise<string[]> {
    return this.users.reachableIdsWithRoles([Role.Admin], now, 1000, manager);
  }
}
