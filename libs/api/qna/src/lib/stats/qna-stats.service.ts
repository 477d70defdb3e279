import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role } from '@forum/shared/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { QnaEvent } from '../events/qna-events.js';

export interface PostLink {
  questionId: string;
  answerId: string | null;
}

/** What a person's posts add up to, for badge rules. Deleted posts and questions never count. */
export interface AuthorFacts {
  firstAnswer: PostLink | null;
  /** Their answers accepted on other people's questions, oldest acceptance first. */
  acceptedAnswers: PostLink[];
  /** Upvotes on all their answers together. */
  answerUpvotes: number;
  /** Their answer with the most upvotes. */
  topAnswer: PostLink | null;
  /** The first of their answers that staff (not they themselves, not the asker) accepted. */
  staffVerifiedAnswer: PostLink | null;
  /** Their question with the most upvotes, and how many. */
  topQuestion: (PostLink & { upvotes: number }) | null;
}

export interface AuthorActivity {
  questionCount: number;
  answerCount: number;
  acceptedCount: number;
  /** Products they asked or answered in, most active first. */
  products: Array<{ id: string; slug: string; name: string; posts: number }>;
}

/** A past vote or acceptance, replayed as the event it would have published, with its time. */
export type HistoricEvent = { at: Date } & QnaEvent & { type: 'vote.changed' | 'answer.accepted' };

const curators = [Role.Expert, Role.Moderator, Role.Admin];

/**
 * Read-only figures about posts for other domains (reputation's badges and profiles), so they
 * ask this domain instead of reading its tables.
 */
@Injectable()
export class QnaStats {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async productNames(ids: readonly string[]): Promise<Map<string, { slug: string; name: string }>> {
    if (ids.length === 0) return new Map();
    const rows = (await this.dataSource.query(
      'SELECT id, slug, name FROM product WHERE id = ANY($1)',
      [ids],
    )) as Array<{ id: string; slug: string; name: string }>;
    return new Map(rows.map((row) => [row.id, { slug: row.slug, name: row.name }]));
  }

  /** Titles of questions, deleted ones included (a reputation history still names them). */
  async questionTitles(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = (await this.dataSource.query('SELECT id, title FROM question WHERE id = ANY($1)', [
      ids,
    ])) as Array<{ id: string; title: string }>;
    return new Map(rows.map((row) => [row.id, row.title]));
  }

  async authorFacts(
    userId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<AuthorFacts> {
    const [first] = (await manager.query(
      `SELECT a.question_id AS "questionId", a.id AS "answerId"
       FROM answer a JOIN question q ON q.id = a.question_id
       WHERE a.author_id = $1 AND a.deleted_at IS NULL AND a.hidden_at IS NULL
         AND q.deleted_at IS NULL AND q.hidden_at IS NULL
       ORDER BY a.created_at, a.id LIMIT 1`,
      [userId],
    )) as PostLink[];
    const accepted = (await manager.query(
      `SELECT a.question_id AS "questionId", a.id AS "answerId",
              accepter.role = ANY($2) AND accepter.id <> a.author_id AS "byStaff"
       FROM answer a
       JOIN question q ON q.id = a.question_id AND q.accepted_answer_id = a.id
       JOIN user_account accepter ON accepter.id = q.accepted_by_id
       WHERE a.author_id = $1 AND a.deleted_at IS NULL AND a.hidden_at IS NULL
         AND q.deleted_at IS NULL AND q.hidden_at IS NULL
         AND q.author_id <> a.author_id
       ORDER BY q.accepted_at, a.id`,
      [userId, curators],
    )) as Array<PostLink & { byStaff: boolean }>;
    const [top] = (await manager.query(
      `SELECT a.question_id AS "questionId", a.id AS "answerId", count(v.user_id)::int AS upvotes,
              sum(count(v.user_id)) OVER ()::int AS total
       FROM answer a JOIN question q ON q.id = a.question_id
       JOIN answer_vote v ON v.answer_id = a.id AND v.value = 1
       WHERE a.author_id = $1 AND a.deleted_at IS NULL AND a.hidden_at IS NULL
         AND q.deleted_at IS NULL AND q.hidden_at IS NULL
       GROUP BY a.id ORDER BY upvotes DESC, a.created_at, a.id LIMIT 1`,
      [userId],
    )) as Array<PostLink & { upvotes: number; total: number }>;
    const [topQuestion] = (await manager.query(
      `SELECT q.id AS "questionId", count(v.user_id)::int AS upvotes
       FROM question q JOIN question_vote v ON v.question_id = q.id AND v.value = 1
       WHERE q.author_id = $1 AND q.deleted_at IS NULL AND q.hidden_at IS NULL
       GROUP BY q.id ORDER BY upvotes DESC, q.created_at, q.id LIMIT 1`,
      [userId],
    )) as Array<{ questionId: string; upvotes: number }>;
    const link = (row: PostLink): PostLink => ({
      questionId: row.questionId,
      answerId: row.answerId,
    });
    const verified = accepted.find((row) => row.byStaff);
    return {
      firstAnswer: first ? link(first) : null,
      acceptedAnswers: accepted.map(link),
      answerUpvotes: top?.total ?? 0,
      topAnswer: top ? link(top) : null,
      staffVerifiedAnswer: verified ? link(verified) : null,
      topQuestion: topQuestion
        ? { questionId: topQuestion.questionId, answerId: null, upvotes: topQuestion.upvotes }
        : null,
    };
  }

  /** Counts for a public profile: public posts only, hidden ones count for nobody. */
  async authorActivity(userId: string): Promise<AuthorActivity> {
    const [counts] = (await this.dataSource.query(
      `SELECT
         (SELECT count(*) FROM question WHERE author_id = $1 AND deleted_at IS NULL AND hidden_at IS NULL)::int
           AS "questionCount",
         (SELECT count(*) FROM answer a JOIN question q ON q.id = a.question_id
          WHERE a.author_id = $1 AND a.deleted_at IS NULL AND a.hidden_at IS NULL
            AND q.deleted_at IS NULL AND q.hidden_at IS NULL)::int
           AS "answerCount",
         (SELECT count(*) FROM answer a JOIN question q ON q.accepted_answer_id = a.id
          WHERE a.author_id = $1 AND a.deleted_at IS NULL AND a.hidden_at IS NULL
            AND q.deleted_at IS NULL AND q.hidden_at IS NULL)::int
           AS "acceptedCount"`,
      [userId],
    )) as Array<Omit<AuthorActivity, 'products'>>;
    const products = (await this.dataSource.query(
      `SELECT p.id, p.slug, p.name, count(*)::int AS posts
       FROM (SELECT product_id FROM question WHERE author_id = $1 AND deleted_at IS NULL AND hidden_at IS NULL
             UNION ALL
             SELECT q.product_id FROM answer a JOIN question q ON q.id = a.question_id
             WHERE a.author_id = $1 AND a.deleted_at IS NULL AND a.hidden_at IS NULL
            AND q.deleted_at IS NULL AND q.hidden_at IS NULL) posts
       JOIN product p ON p.id = posts.product_id
       GROUP BY p.id ORDER BY posts DESC, p.name`,
      [userId],
    )) as AuthorActivity['products'];
    return { ...counts!, products };
  }

  /**
   * Every standing vote and accepted answer on visible posts, oldest first, as the events that
   * created them: lets a new listener (the reputation ledger) catch up with an existing forum.
   */
  async history(manager: EntityManager): Promise<HistoricEvent[]> {
    const votes = (await manager.query(
      `SELECT 'question' AS target, v.question_id AS "postId", v.question_id AS "questionId",
              q.product_id AS "productId", q.author_id AS "authorId", v.user_id AS "voterId",
              v.value, v.created_at AS at
       FROM question_vote v JOIN question q ON q.id = v.question_id WHERE q.deleted_at IS NULL
       UNION ALL
       SELECT 'answer', v.answer_id, a.question_id, q.product_id, a.author_id, v.user_id, v.value,
              v.created_at
       FROM answer_vote v JOIN answer a ON a.id = v.answer_id
       JOIN question q ON q.id = a.question_id
       WHERE a.deleted_at IS NULL AND q.deleted_at IS NULL`,
    )) as Array<{
      target: 'question' | 'answer';
      postId: string;
      questionId: string;
      productId: string;
      authorId: string;
      voterId: string;
      value: 1 | -1;
      at: Date;
    }>;
    const acceptances = (await manager.query(
      `SELECT q.accepted_answer_id AS "answerId", q.id AS "questionId", a.author_id AS "authorId",
              COALESCE(q.accepted_by_id, q.author_id) AS "actorId", q.author_id AS "questionAuthorId",
              q.product_id AS "productId", q.accepted_at AS at
       FROM question q JOIN answer a ON a.id = q.accepted_answer_id
       WHERE q.deleted_at IS NULL AND a.deleted_at IS NULL`,
    )) as Array<{
      answerId: string;
      questionId: string;
      authorId: string;
      actorId: string;
      questionAuthorId: string;
      productId: string;
      at: Date;
    }>;
    const events: HistoricEvent[] = [
      ...votes.map((vote) => ({ type: 'vote.changed' as const, previous: 0 as const, ...vote })),
      ...acceptances.map((acceptance) => ({ type: 'answer.accepted' as const, ...acceptance })),
    ];
    return events.sort((a, b) => a.at.getTime() - b.at.getTime());
  }
}
