import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserService, type Viewer } from '@forum/api/identity';
import { Clock } from '@forum/api/platform';
import { SolvedCheckReads, type SolvedCheckQuestion } from '@forum/api/qna';
import { QnaErrorReason } from '@forum/shared/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { SupportPolicies } from '../policy/support-policies.service.js';
import { excerpt } from './excerpt.js';
import { restartClock } from './restart-clock.js';
import { type SolvedCheckClaim, SolvedCheckTokens } from './solved-check-tokens.js';
import { SolvedCheckException, SolvedCheckExceptionCode } from './solved-check.exception.js';
import { SolvedCheck, SolvedCheckAction } from './solved-check.models.js';
import { SolvedCheckResponse } from './solved-reminder-response.entity.js';

/** Answers shown on the solved-check page. */
const pageAnswerLimit = 20;

/**
 * The asker's side of a reminder, proven by its signed token instead of a session: what the
 * page shows, and "yes, this answer", "still not solved" and "stop asking". Every reply is
 * recorded once per cycle; the same click again changes nothing more.
 */
@Injectable()
export class SolvedChecks {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly tokens: SolvedCheckTokens,
    private readonly reads: SolvedCheckReads,
    private readonly users: UserService,
    private readonly policies: SupportPolicies,
  ) {}

  async describe(token: string): Promise<SolvedCheck> {
    const claim = await this.tokens.verify(token);
    const question = await this.questionOf(this.dataSource.manager, claim);
    return this.view(this.dataSource.manager, claim, question);
  }

  async respond(
    token: string,
    action: SolvedCheckAction,
    answerId: string | null | undefined,
  ): Promise<SolvedCheck> {
    const claim = await this.tokens.verify(token);
    const question = await this.questionOf(this.dataSource.manager, claim);
    switch (action) {
      case SolvedCheckAction.Accept:
        await this.accept(claim, question, answerId ?? null);
        break;
      case SolvedCheckAction.NotSolved:
        if (question.closed) throw closed();
        await this.dataSource.transaction(async (manager) => {
          if (await this.record(manager, claim, SolvedCheckResponse.NotSolved, null)) {
            await restartClock(manager, this.policies, claim.questionId, this.clock.now());
          }
        });
        break;
      case SolvedCheckAction.Stop:
        await this.dataSource.transaction((manager) =>
          this.record(manager, claim, SolvedCheckResponse.Stopped, null),
        );
        break;
    }
    const manager = this.dataSource.manager;
    return this.view(manager, claim, await this.questionOf(manager, claim));
  }

  private async accept(
    claim: SolvedCheckClaim,
    question: SolvedCheckQuestion,
    answerId: string | null,
  ): Promise<void> {
    if (!answerId) throw answerNotFound();
    if (question.closed) throw closed();
    if (question.acceptedAnswerId !== answerId) {
      const asker = await this.users.findById(claim.userId);
      if (!asker) throw invalid();
      const viewer: Viewer = { user: asker, via: 'session', address: 'solved-check-link' };
      try {
        await this.reads.acceptAsAsker(viewer, claim.questionId, answerId);
      } catch (error: unknown) {
        if ((error as { reason?: unknown }).reason === QnaErrorReason.AnswerNotFound) {
          throw answerNotFound();
        }
        throw error;
      }
    }
    await this.dataSource.transaction((manager) =>
      this.record(manager, claim, SolvedCheckResponse.Accepted, answerId),
    );
  }

  /**
   * Records a reply once per question, cycle and action; an accept of another answer later in
   * the same cycle replaces the answer. Returns whether anything was recorded.
   */
  private async record(
    manager: EntityManager,
    claim: SolvedCheckClaim,
    action: SolvedCheckResponse,
    answerId: string | null,
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO solved_reminder_response
         (question_id, cycle, step, action, answer_id, user_id, responded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT ON CONSTRAINT solved_reminder_response_once DO UPDATE
         SET answer_id = EXCLUDED.answer_id, step = EXCLUDED.step,
             responded_at = EXCLUDED.responded_at
         WHERE solved_reminder_response.answer_id IS DISTINCT FROM EXCLUDED.answer_id
       RETURNING id`,
      [claim.questionId, claim.cycle, claim.step, action, answerId, claim.userId, this.clock.now()],
    );
    return rows.length > 0;
  }

  /** The token's question, still the asker's and visible, with the asker in good standing. */
  private async questionOf(
    manager: EntityManager,
    claim: SolvedCheckClaim,
  ): Promise<SolvedCheckQuestion> {
    const question = await this.reads.question(manager, claim.questionId);
    if (!question || question.askerId !== claim.userId) throw invalid();
    const [reachable] = await this.users.reachableIds([claim.userId], this.clock.now(), manager);
    if (!reachable) throw invalid();
    if (!question.visible) {
      throw new SolvedCheckException(
        SolvedCheckExceptionCode.QuestionNotFound,
        'This question is no longer available.',
      );
    }
    return question;
  }

  private async view(
    manager: EntityManager,
    claim: SolvedCheckClaim,
    question: SolvedCheckQuestion,
  ): Promise<SolvedCheck> {
    const answers = await this.reads.answers(manager, question.id, { limit: pageAnswerLimit });
    const names = await this.users.displayNames(
      answers.map((answer) => answer.authorId),
      manager,
    );
    const [response]: Array<{ action: SolvedCheckResponse }> = await manager.query(
      `SELECT action FROM solved_reminder_response
       WHERE question_id = $1 AND (cycle = $2 OR action = $3)
       ORDER BY responded_at DESC LIMIT 1`,
      [question.id, claim.cycle, SolvedCheckResponse.Stopped],
    );
    return Object.assign(new SolvedCheck(), {
      questionId: question.id,
      questionTitle: question.title,
      questionSlug: question.slug,
      step: claim.step,
      closed: question.closed,
      acceptedAnswerId: question.acceptedAnswerId,
      answers: answers.map((answer) => ({
        id: answer.id,
        authorName: names.get(answer.authorId) ?? null,
        excerpt: excerpt(answer.body),
      })),
      response: response?.action ?? null,
    });
  }
}

const invalid = () =>
  new SolvedCheckException(SolvedCheckExceptionCode.TokenInvalid, 'This link is not valid.');
const closed = () =>
  new SolvedCheckException(SolvedCheckExceptionCode.QuestionClosed, 'This question is closed.');
const answerNotFound = () =>
  new SolvedCheckException(
    SolvedCheckExceptionCode.AnswerNotFound,
    'This answer is not available on the question.',
  );
