import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Viewer } from '@forum/api/identity';
import { DataSource, type EntityManager } from 'typeorm';
import { AnswerService } from '../answers/answer.service.js';
import { QnaException, QnaExceptionCode } from '../qna.exception.js';
import { titleSlug } from '../questions/question.mapper.js';

/** A question that may be owed an "is it solved?" reminder, and when its first answer came. */
export interface SolvedCheckCandidate {
  questionId: string;
  askerId: string;
  /** The first visible answer by someone other than the asker, after `since`. */
  firstAnswerAt: Date;
}

/** The question as the asker is asked about it: open, visible, with no accepted answer. */
export interface SolvedCheckQuestion {
  id: string;
  title: string;
  /** The title in address form: `/questions/<id>/<slug>`. */
  slug: string;
  askerId: string;
  acceptedAnswerId: string | null;
  closed: boolean;
  /** False when the question is deleted or hidden. */
  visible: boolean;
}

/** A visible answer by someone other than the asker. */
export interface SolvedCheckAnswer {
  id: string;
  authorId: string;
  body: string;
  createdAt: Date;
}

const openQuestion = `q.deleted_at IS NULL AND q.hidden_at IS NULL AND q.closed_at IS NULL
  AND q.accepted_answer_id IS NULL`;
const visibleOtherAnswer = `a.question_id = q.id AND a.deleted_at IS NULL AND a.hidden_at IS NULL
  AND a.author_id <> q.author_id`;

/**
 * What the support desk's "is it solved?" reminders read about questions and answers, and the
 * asker's accept from a reminder, so support never reads qna tables itself.
 */
@Injectable()
export class SolvedCheckReads {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly answerService: AnswerService,
  ) {}

  /**
   * Open, visible questions without an accepted answer whose first visible answer by someone
   * else (after the question's `since`, when one is given) came at or before `answeredBy`.
   */
  async candidates(
    manager: EntityManager,
    options: {
      /** The first answer came at or before this moment... */
      answeredBy: Date;
      /** ...and after this one. */
      answeredAfter: Date;
      since: ReadonlyMap<string, Date>;
      excludedIds: readonly string[];
      limit: number;
    },
  ): Promise<SolvedCheckCandidate[]> {
    const rows: Array<{ questionId: string; askerId: string; firstAnswerAt: Date }> =
      await manager.query(
        `SELECT q.id AS "questionId", q.author_id AS "askerId", first.at AS "firstAnswerAt"
         FROM question q
         LEFT JOIN unnest($2::uuid[], $3::timestamptz[]) AS restart(question_id, since)
           ON restart.question_id = q.id
         CROSS JOIN LATERAL (
           SELECT min(a.created_at) AS at FROM answer a
           WHERE ${visibleOtherAnswer}
             AND a.created_at > COALESCE(restart.since, '-infinity'::timestamptz)
         ) first
         WHERE ${openQuestion} AND q.answer_count > 0
           AND first.at IS NOT NULL AND first.at <= $1 AND first.at > $6
           AND NOT (q.id = ANY($4::uuid[]))
         ORDER BY first.at, q.id
         LIMIT $5`,
        [
          options.answeredBy,
          [...options.since.keys()],
          [...options.since.values()],
          options.excludedIds,
          options.limit,
          options.answeredAfter,
        ],
      );
    return rows;
  }

  /**
   * Locks an open question for a reminder, or returns null when it is not open any more or
   * another worker holds it. Accepting, closing, hiding and deleting wait for the caller.
   */
  async lockOpen(
    manager: EntityManager,
    questionId: string,
  ): Promise<{ id: string; title: string; askerId: string } | null> {
    const [row]: Array<{ id: string; title: string; askerId: string }> = await manager.query(
      `SELECT q.id, q.title, q.author_id AS "askerId" FROM question q
       WHERE q.id = $1 AND ${openQuestion}
       FOR NO KEY UPDATE OF q SKIP LOCKED`,
      [questionId],
    );
    return row ?? null;
  }

  /** The question, whatever state it is in; null when it never existed. */
  async question(manager: EntityManager, questionId: string): Promise<SolvedCheckQuestion | null> {
    const [row]: Array<Omit<SolvedCheckQuestion, 'slug'>> = await manager.query(
      `SELECT q.id, q.title, q.author_id AS "askerId", q.accepted_answer_id AS "acceptedAnswerId",
              q.closed_at IS NOT NULL AS closed,
              (q.deleted_at IS NULL AND q.hidden_at IS NULL) AS visible
       FROM question q WHERE q.id = $1`,
      [questionId],
    );
    return row ? { ...row, slug: titleSlug(row.title) } : null;
  }

  /**
   * Visible answers by others than the asker, best first (score, then oldest), at most `limit`;
   * `share` holds them so hiding or deleting one waits for the caller.
   */
  async answers(
    manager: EntityManager,
    questionId: string,
    options: { limit: number; share?: boolean },
  ): Promise<SolvedCheckAnswer[]> {
    return manager.query(
      `SELECT a.id, a.author_id AS "authorId", a.body, a.created_at AS "createdAt"
       FROM answer a JOIN question q ON q.id = a.question_id
       WHERE q.id = $1 AND ${visibleOtherAnswer}
       ORDER BY a.score DESC, a.created_at, a.id
       LIMIT $2 ${options.share ? 'FOR SHARE OF a' : ''}`,
      [questionId, options.limit],
    );
  }

  /**
   * Accepts a visible answer of the question as its asker, by qna's own accept rules.
   * @throws QnaException ANSWER_NOT_FOUND when the answer is hidden, deleted or of another question
   */
  async acceptAsAsker(asker: Viewer, questionId: string, answerId: string): Promise<void> {
    const found: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM answer a
       WHERE a.id = $1 AND a.question_id = $2 AND a.deleted_at IS NULL AND a.hidden_at IS NULL`,
      [answerId, questionId],
    );
    if (found.length === 0) {
      throw new QnaException(QnaExceptionCode.AnswerNotFound, 'No such answer.');
    }
    await this.answerService.accept(asker, answerId);
  }
}
