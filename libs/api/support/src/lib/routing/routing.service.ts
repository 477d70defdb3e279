import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserService } from '@forum/api/identity';
import { type Job, JobQueue } from '@forum/api/jobs';
import { NotificationService } from '@forum/api/notifications';
import { Clock, PrivilegeConfig, SupportConfig } from '@forum/api/platform';
import { AnswerHistory, type QnaEvent, QnaEvents, titleSlug } from '@forum/api/qna';
import { SearchClient, type SearchQuery } from '@forum/api/search';
import { isSupportStaff, NotificationKind, Privilege } from '@forum/shared/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { ExpertAreas } from '../areas/expert-areas.service.js';
import { rankExperts, type RoutingAudience } from './rank-experts.js';

export const routingQueue = 'support.routing';
export const routingTickQueue = 'support.routing.tick';
export const routingTickCron = '* * * * *';

export interface RoutingJob {
  questionId: string;
}

/** Questions the search index is asked for; the posts index of community search. */
const similarLimit = 20;
const postsIndexUid = 'posts';
/** Product history older than this weighs next to nothing (a 1/256 share); it is not read. */
const historyDays = 720;
/** Unclaimed questions one tick handles; the next tick takes the rest. */
const tickBatch = 100;

/**
 * Routes each new question to the people who solved similar ones: a durable job, queued in the
 * transaction of `question.asked` (and of every edit, which may change title, product or tags),
 * ranks them and replaces the question's stored suggestions. A tick every minute tells the top
 * expert, once per question, when nobody claimed it `routingNotifyMinutes` after asking.
 */
@Injectable()
export class RoutingService implements OnApplicationBootstrap {
  private readonly logger = new Logger(RoutingService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queue: JobQueue,
    private readonly clock: Clock,
    private readonly config: SupportConfig,
    private readonly privileges: PrivilegeConfig,
    private readonly history: AnswerHistory,
    private readonly areas: ExpertAreas,
    private readonly users: UserService,
    private readonly search: SearchClient,
    private readonly notifications: NotificationService,
    qnaEvents: QnaEvents,
  ) {
    qnaEvents.subscribe((manager, event) => this.onQnaEvent(manager, event), {
      phase: 'project',
      name: 'support.routing',
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.ensureQueue(routingQueue, {
      retryLimit: 5,
      retryDelay: 30,
      retryBackoff: true,
      expireInSeconds: 300,
      heartbeatSeconds: 30,
      deleteAfterSeconds: 24 * 60 * 60,
    });
    await this.queue.ensureQueue(routingTickQueue, {
      retryLimit: 0,
      expireInSeconds: 300,
      heartbeatSeconds: 30,
    });
    await this.queue.schedule(routingTickQueue, routingTickCron);
    await this.queue.work(routingTickQueue, { pollingIntervalSeconds: 10 }, () => this.tick());
    await this.queue.work<RoutingJob>(
      routingQueue,
      { batchSize: 5, pollingIntervalSeconds: 2 },
      async (jobs) => {
        for (const job of jobs as Array<Job<RoutingJob>>) await this.route(job.data.questionId);
      },
    );
  }

  async onQnaEvent(manager: EntityManager, event: QnaEvent): Promise<void> {
    if (event.type !== 'question.asked' && event.type !== 'question.edited') return;
    await this.queue.sendInTransaction(manager, routingQueue, {
      questionId: event.questionId,
    } satisfies RoutingJob);
  }

  /**
   * Ranks the people for the question and replaces its suggestions; a hidden or deleted question
   * loses them. Running it twice, or twice at once, leaves the same rows.
   */
  async route(questionId: string): Promise<void> {
    const now = this.clock.now();
    const question = await this.history.question(this.dataSource.manager, questionId);
    const similarIds = question ? await this.similarQuestionIds(question) : [];
    await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
        `support.routing:${questionId}`,
      ]);
      await manager.query('DELETE FROM routing_suggestion WHERE question_id = $1', [questionId]);
      if (!question) return;
      const similarAnswers = await this.history.forQuestions(manager, similarIds);
      const areaAnswers = await this.history.forArea(manager, {
        productId: question.productId,
        tagIds: question.tagIds,
        since: new Date(now.getTime() - historyDays * 24 * 60 * 60 * 1000),
      });
      const covering = await this.areas.expertsFor(manager, question, now);
      const answers = [...similarAnswers, ...areaAnswers];
      const candidates = await this.candidates(
        manager,
        [...answers.map((answer) => answer.authorId), ...covering],
        now,
      );
      const ranked = rankExperts({
        question,
        similarQuestionIds: similarIds,
        answers,
        candidates,
        coveringExpertIds: covering,
        now,
      });
      for (const person of ranked) {
        await manager.query(
          `INSERT INTO routing_suggestion (question_id, user_id, rank, audience, score,
             solved_similar, answered_in_area, area_name, computed_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
          [
            questionId,
            person.userId,
            person.rank,
            person.audience,
            person.score,
            person.solvedSimilar,
            person.answeredInArea,
            question.productName,
            now,
          ],
        );
      }
    });
  }

  /**
   * Tells the top suggested expert about each question still unclaimed in the inbox
   * `routingNotifyMinutes` after its clock started, skipping experts who are away now; each
   * question once, however many ticks run at the same time.
   * @returns the questions whose expert was told now
   */
  async tick(): Promise<string[]> {
    const now = this.clock.now();
    const dueBefore = new Date(now.getTime() - this.config.routingNotifyMinutes * 60 * 1000);
    const due: Array<{ question_id: string }> = await this.dataSource.query(
      `SELECT c.question_id FROM support_case c
       WHERE c.status = 'awaiting_response' AND c.claimed_by_id IS NULL
         AND c.clock_started_at <= $1
         AND NOT EXISTS (SELECT 1 FROM routing_notice n WHERE n.question_id = c.question_id)
         AND EXISTS (SELECT 1 FROM routing_suggestion s
                     WHERE s.question_id = c.question_id AND s.audience = 'expert')
       ORDER BY c.clock_started_at, c.question_id
       LIMIT $2`,
      [dueBefore, tickBatch],
    );
    const told: string[] = [];
    for (const { question_id: questionId } of due) {
      if (await this.notifyTopExpert(questionId, dueBefore, now)) told.push(questionId);
    }
    if (told.length > 0) this.logger.log({ questions: told.length }, 'Told routed experts');
    return told;
  }

  private async notifyTopExpert(questionId: string, dueBefore: Date, now: Date): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      // The case row lock orders this against claims and against a concurrent tick.
      const cases: unknown[] = await manager.query(
        `SELECT 1 FROM support_case
         WHERE question_id = $1 AND status = 'awaiting_response' AND claimed_by_id IS NULL
           AND clock_started_at <= $2
         FOR UPDATE`,
        [questionId, dueBefore],
      );
      if (cases.length === 0) return false;
      const question = await this.history.question(manager, questionId);
      if (!question) return false;
      const suggested: Array<{
        user_id: string;
        solved_similar: number;
        answered_in_area: number;
        area_name: string | null;
      }> = await manager.query(
        `SELECT user_id, solved_similar, answered_in_area, area_name FROM routing_suggestion
         WHERE question_id = $1 AND audience = 'expert' ORDER BY rank, user_id`,
        [questionId],
      );
      const available = await this.candidates(
        manager,
        suggested.map((row) => row.user_id),
        now,
      );
      const top = suggested.find(
        (row) => available.get(row.user_id) === 'expert' && row.user_id !== question.authorId,
      );
      if (!top) return false;
      const inserted: unknown[] = await manager.query(
        `INSERT INTO routing_notice (question_id, user_id, notified_at) VALUES ($1, $2, $3)
         ON CONFLICT (question_id) DO NOTHING RETURNING question_id`,
        [questionId, top.user_id, now],
      );
      if (inserted.length === 0) return false;
      await this.notifications.deliver(manager, {
        kind: NotificationKind.QuestionRouted,
        eventKey: `question.routed:${questionId}`,
        recipientIds: [top.user_id],
        actorId: null,
        subjectKey: `question:${questionId}`,
        payload: {
          questionId,
          questionTitle: question.title,
          questionSlug: titleSlug(question.title),
          solvedSimilar: top.solved_similar,
          answeredInArea: top.answered_in_area,
          areaName: top.area_name,
        },
      });
      return true;
    });
  }

  /** Question ids the search index finds similar; none when the index cannot answer. */
  private async similarQuestionIds(question: {
    id: string;
    title: string;
    body: string;
  }): Promise<string[]> {
    const text = `${question.title} ${question.body}`.trim();
    if (text.replace(/\s/g, '').length < 3) return [];
    const query = {
      index: postsIndexUid,
      // Meilisearch reads at most ten words of a query; the title comes first.
      q: text.split(/\s+/).slice(0, 10).join(' '),
      filter: ['type = "question"'],
      limit: similarLimit + 1,
      attributesToRetrieve: ['id'],
      showRankingScore: true,
      rankingScoreThreshold: 0.2,
    } satisfies SearchQuery;
    try {
      // As community search suggests similar questions: dropping the last words finds partial
      // matches, dropping the most common ones keeps the rare words that carry the meaning.
      const results = await this.search.multiSearch<{ id: string }>([
        { ...query, matchingStrategy: 'last' },
        { ...query, matchingStrategy: 'frequency' },
      ]);
      const best = new Map<string, number>();
      for (const hit of results.flatMap((result) => result.hits)) {
        best.set(hit.id, Math.max(best.get(hit.id) ?? 0, hit._rankingScore ?? 0));
      }
      return [...best.entries()]
        .filter(([id]) => id !== question.id)
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, similarLimit)
        .map(([id]) => id);
    } catch (error) {
      this.logger.warn(
        { questionId: question.id, error: String(error) },
        'Search unavailable; routing by product and tags only',
      );
      return [];
    }
  }

  /**
   * Who of these people may be suggested now: staff not away as experts, members trusted to post
   * freely as community; never suspended or deleted accounts.
   */
  private async candidates(
    manager: EntityManager,
    ids: readonly string[],
    at: Date,
  ): Promise<Map<string, RoutingAudience>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const users = await this.users.findByIds(unique);
    const awayRows: Array<{ user_id: string }> = await manager.query(
      `SELECT user_id FROM expert_availability
       WHERE user_id = ANY($1::uuid[]) AND away_since <= $2
         AND (away_until IS NULL OR away_until > $2)`,
      [unique, at],
    );
    const away = new Set(awayRows.map((row) => row.user_id));
    const trusted = this.privileges.thresholds[Privilege.PostFreely];
    const candidates = new Map<string, RoutingAudience>();
    for (const user of users) {
      if (!user || user.deletedAt !== null || user.isSuspended(at)) continue;
      if (isSupportStaff(user.role)) {
        if (!away.has(user.id)) candidates.set(user.id, 'expert');
      } else if (user.reputation >= trusted) {
        candidates.set(user.id, 'community');
      }
    }
    return candidates;
  }
}
