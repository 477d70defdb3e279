import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserService } from '@forum/api/identity';
import { JobQueue } from '@forum/api/jobs';
import { MailService, resolveLocale } from '@forum/api/mail';
import {
  NotificationPreferenceService,
  NotificationService,
  UnsubscribeTokenService,
  unsubscribeLinks,
} from '@forum/api/notifications';
import { Clock, MailConfig, SupportConfig } from '@forum/api/platform';
import { SolvedCheckReads } from '@forum/api/qna';
import { EmailCadence, NotificationKind } from '@forum/shared/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { excerpt } from './excerpt.js';
import { SolvedCheckResponse } from './solved-reminder-response.entity.js';
import { SolvedCheckTokens } from './solved-check-tokens.js';

export const solvedRemindersTickQueue = 'support.reminders.tick';
export const solvedRemindersTickCron = '*/15 * * * *';

const dayMs = 24 * 60 * 60 * 1000;
/**
 * A step that became due while the service was down still goes out this late; older ones are
 * skipped, never sent late. So upgrading a forum with years of answered, unsolved questions asks
 * nobody about an answer from long ago.
 */
export const reminderCatchUpMs = 2 * dayMs;
/** Answers listed in one reminder, best first. */
export const reminderAnswerLimit = 10;

/** Where a reminder stands for one question: its cycle and since when that cycle counts. */
interface Cycle {
  cycle: number;
  since: Date | null;
}

/** The web page the links of a reminder open. */
export const solvedCheckPagePath = '/solved';

/** A link to the solved-check page, optionally with the action to perform on arrival. */
export function solvedCheckLink(
  webOrigin: string,
  token: string,
  options: { action?: 'accept' | 'not_solved' | 'stop'; answerId?: string } = {},
): string {
  const url = new URL(solvedCheckPagePath, webOrigin);
  url.searchParams.set('token', token);
  if (options.answerId) url.searchParams.set('answer', options.answerId);
  if (options.action) url.searchParams.set('action', options.action);
  return url.toString();
}

/**
 * "Is it solved?": a question with answers by others and no accepted one asks its asker at the
 * configured days after the first such answer (`SupportConfig.solvedReminderDays`), in-app and by
 * e-mail. After downtime only the latest due step goes out, and a sent step is never sent again.
 * Steps count per cycle: after "still not solved" they count again from the first answer that
 * comes after it.
 */
@Injectable()
export class SolvedReminders implements OnApplicationBootstrap {
  private readonly logger = new Logger(SolvedReminders.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queue: JobQueue,
    private readonly clock: Clock,
    private readonly config: SupportConfig,
    private readonly mailConfig: MailConfig,
    private readonly reads: SolvedCheckReads,
    private readonly users: UserService,
    private readonly notifications: NotificationService,
    private readonly preferences: NotificationPreferenceService,
    private readonly unsubscribeTokens: UnsubscribeTokenService,
    private readonly mail: MailService,
    private readonly tokens: SolvedCheckTokens,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.ensureQueue(solvedRemindersTickQueue, {
      retryLimit: 0,
      expireInSeconds: 600,
      heartbeatSeconds: 30,
    });
    await this.queue.schedule(solvedRemindersTickQueue, solvedRemindersTickCron);
    await this.queue.work(solvedRemindersTickQueue, { pollingIntervalSeconds: 10 }, async () => {
      await this.tick();
    });
  }

  /** Sends every reminder due now; returns how many went out. */
  async tick(): Promise<number> {
    const now = this.clock.now();
    const days = this.schedule();
    if (days.length === 0) return 0;
    const manager = this.dataSource.manager;
    const cycles = await this.cycles(manager);
    const stopped: Array<{ question_id: string }> = await manager.query(
      `SELECT DISTINCT question_id FROM solved_reminder_response WHERE action = $1`,
      [SolvedCheckResponse.Stopped],
    );
    const since = new Map<string, Date>();
    for (const [questionId, cycle] of cycles) if (cycle.since) since.set(questionId, cycle.since);
    const catchUpFrom = now.getTime() - reminderCatchUpMs;
    const candidates = await this.reads.candidates(manager, {
      answeredBy: new Date(now.getTime() - days[0]! * dayMs),
      answeredAfter: new Date(catchUpFrom - days.at(-1)! * dayMs),
      since,
      excludedIds: stopped.map((row) => row.question_id),
      limit: 10_000,
    });
    if (candidates.length === 0) return 0;
    const sent: Array<{ question_id: string; cycle: number; step: number }> = await manager.query(
      `SELECT question_id, cycle, max(step)::int AS step FROM solved_reminder
       WHERE question_id = ANY($1::uuid[]) GROUP BY question_id, cycle`,
      [candidates.map((candidate) => candidate.questionId)],
    );
    const lastSent = new Map(sent.map((row) => [`${row.question_id}:${row.cycle}`, row.step]));
    let count = 0;
    for (const candidate of candidates) {
      const cycle = cycles.get(candidate.questionId)?.cycle ?? 1;
      const step = dueStep(days, candidate.firstAnswerAt, now);
      if (step === 0) continue;
      if (candidate.firstAnswerAt.getTime() + days[step - 1]! * dayMs < catchUpFrom) continue;
      if ((lastSent.get(`${candidate.questionId}:${cycle}`) ?? 0) >= step) continue;
      try {
        if (await this.send(candidate.questionId, cycle, step, now)) count++;
      } catch (error: unknown) {
        this.logger.error({ err: error, questionId: candidate.questionId }, 'Reminder failed');
      }
    }
    return count;
  }

  /** The reminder days, ascending, without nonsense. */
  private schedule(): number[] {
    return [...new Set(this.config.solvedReminderDays)]
      .filter((day) => Number.isFinite(day) && day > 0)
      .sort((a, b) => a - b);
  }

  /** Each question's current cycle: one more than its last "still not solved". */
  private async cycles(manager: EntityManager): Promise<Map<string, Cycle>> {
    const rows: Array<{ question_id: string; cycle: number; since: Date }> = await manager.query(
      `SELECT DISTINCT ON (question_id) question_id, cycle + 1 AS cycle, responded_at AS since
       FROM solved_reminder_response WHERE action = $1
       ORDER BY question_id, cycle DESC`,
      [SolvedCheckResponse.NotSolved],
    );
    return new Map(rows.map((row) => [row.question_id, { cycle: row.cycle, since: row.since }]));
  }

  /**
   * Sends one step in one transaction with its record: the question row is held (another worker
   * skips it), the step is claimed by its key, and the notification and mail commit with it.
   */
  private async send(questionId: string, cycle: number, step: number, now: Date): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const question = await this.reads.lockOpen(manager, questionId);
      if (!question) return false;
      const [reachable] = await this.users.reachableIds([question.askerId], now, manager);
      if (!reachable) return false;
      const stops: unknown[] = await manager.query(
        `SELECT 1 FROM solved_reminder_response
         WHERE question_id = $1 AND (action = $2 OR (action = $3 AND cycle >= $4))`,
        [questionId, SolvedCheckResponse.Stopped, SolvedCheckResponse.NotSolved, cycle],
      );
      if (stops.length > 0) return false;
      const answers = await this.reads.answers(manager, questionId, {
        limit: reminderAnswerLimit,
        share: true,
      });
      if (answers.length === 0) return false;
      const claimed: unknown[] = await manager.query(
        `INSERT INTO solved_reminder (question_id, cycle, step, user_id, sent_at)
         SELECT $1, $2, $3, $4, $5
         WHERE NOT EXISTS (
           SELECT 1 FROM solved_reminder WHERE question_id = $1 AND cycle = $2 AND step >= $3)
         ON CONFLICT DO NOTHING RETURNING step`,
        [questionId, cycle, step, question.askerId, now],
      );
      if (claimed.length === 0) return false;
      const token = await this.tokens.issue({
        userId: question.askerId,
        questionId,
        cycle,
        step,
      });
      const told = await this.notifications.deliver(manager, {
        kind: NotificationKind.QuestionSolvedCheck,
        eventKey: solvedCheckEventKey(questionId, cycle, step),
        recipientIds: [question.askerId],
        actorId: null,
        subjectKey: `question:${questionId}`,
        payload: { questionId, questionTitle: question.title, step, token },
      });
      if (told.length > 0) {
        await this.mailReminder(manager, question, answers, token);
      }
      return true;
    });
  }

  /** The reminder's own mail, when the asker wants this kind at once and can be mailed. */
  private async mailReminder(
    manager: EntityManager,
    question: { id: string; title: string; askerId: string },
    answers: Awaited<ReturnType<SolvedCheckReads['answers']>>,
    token: string,
  ): Promise<void> {
    const kind = NotificationKind.QuestionSolvedCheck;
    const cadence = (await this.preferences.cadencesOf(manager, [question.askerId], kind)).get(
      question.askerId,
    );
    if (cadence !== EmailCadence.Immediately) return;
    const [recipient] = await this.users.mailRecipients([question.askerId], manager);
    if (!recipient) return;
    const names = await this.users.displayNames(
      answers.map((answer) => answer.authorId),
      manager,
    );
    const origin = this.mailConfig.webOrigin;
    const links = unsubscribeLinks(
      origin,
      await this.unsubscribeTokens.issue(question.askerId, kind),
    );
    await this.mail.sendInTransaction(manager, {
      to: recipient.email,
      locale: resolveLocale(recipient.locale),
      template: 'solved-check',
      data: {
        displayName: recipient.displayName,
        questionTitle: question.title,
        questionLink: new URL(`/questions/${question.id}`, origin).toString(),
        answers: answers.map((answer) => ({
          authorName: names.get(answer.authorId) ?? null,
          excerpt: excerpt(answer.body),
          acceptLink: solvedCheckLink(origin, token, { action: 'accept', answerId: answer.id }),
        })),
        notSolvedLink: solvedCheckLink(origin, token, { action: 'not_solved' }),
        stopLink: solvedCheckLink(origin, token, { action: 'stop' }),
        unsubscribeLink: links.page,
        preferencesLink: links.preferences,
      },
      headers: links.headers,
    });
  }
}

/**
 * The latest step of the schedule due at `now` for a first answer at `firstAnswerAt` (0: none
 * yet). Step k is due at the first answer plus `days[k - 1]` days, to the millisecond.
 */
export function dueStep(days: readonly number[], firstAnswerAt: Date, now: Date): number {
  let step = 0;
  days.forEach((day, index) => {
    if (firstAnswerAt.getTime() + day * dayMs <= now.getTime()) step = index + 1;
  });
  return step;
}

/** `question.solved_check:<questionId>:<step>`, with `:<cycle>` appended after the first cycle. */
export function solvedCheckEventKey(questionId: string, cycle: number, step: number): string {
  const key = `${NotificationKind.QuestionSolvedCheck}:${questionId}:${step}`;
  return cycle > 1 ? `${key}:${cycle}` : key;
}
