import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Viewer } from '@forum/api/identity';
import { type Connection, decodeCursor, ForumException, toConnection } from '@forum/api/platform';
import { ErrorKind } from '@forum/shared/domain';
import { isUUID } from 'class-validator';
import { DataSource, type EntityManager, In, IsNull } from 'typeorm';
import { ProductEntity } from '../products/product.entity.js';
import { QnaPrivileges } from '../privileges/qna-privileges.js';
import { QnaException, QnaExceptionCode } from '../qna.exception.js';
import { isVisibleTo } from '../qna.permissions.js';
import { QnaEvents } from '../events/qna-events.js';
import { TagEntity } from '../tags/tag.entity.js';
import { TagService } from '../tags/tag.service.js';
import type { AskQuestionInput } from './dto/ask-question.input.js';
import type { QuestionFilter } from './dto/question-filter.input.js';
import type { QuestionsArgs } from './dto/questions.args.js';
import { QuestionOrder } from './question-order.enum.js';
import { QuestionEntity } from './question.entity.js';
import { QuestionTallyEntity } from './question-tally.entity.js';

/** Sort keys and the cursor values that continue each order stably. */
const orders: Record<
  QuestionOrder,
  {
    columns: Array<[string, 'DESC' | 'ASC']>;
    cursor: (q: QuestionEntity) => Array<string | number>;
  }
> = {
  [QuestionOrder.Newest]: {
    columns: [
      ['question.created_at', 'DESC'],
      ['question.id', 'DESC'],
    ],
    cursor: (q) => [q.createdAt.toISOString(), q.id],
  },
  [QuestionOrder.Active]: {
    columns: [
      ['question.last_activity_at', 'DESC'],
      ['question.id', 'DESC'],
    ],
    cursor: (q) => [q.lastActivityAt.toISOString(), q.id],
  },
  [QuestionOrder.Top]: {
    columns: [
      ['question.score', 'DESC'],
      ['question.id', 'DESC'],
    ],
    cursor: (q) => [q.score, q.id],
  },
};

@Injectable()
export class QuestionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tags: TagService,
    private readonly events: QnaEvents,
    private readonly privileges: QnaPrivileges,
  ) {}

  async ask(viewer: Viewer, input: AskQuestionInput): Promise<QuestionEntity> {
    return this.dataSource.transaction(async (manager) => {
      await this.privileges.assertMayPost(manager, viewer, 'question');
      await this.requireProduct(manager, input.productId);
      const tags = await this.tags.resolve(manager, input.tags ?? []);
      const question = await manager.save(
        manager.create(QuestionEntity, {
          productId: input.productId,
          authorId: viewer.user.id,
          title: input.title.trim(),
          body: input.body,
          language: input.language ?? viewer.user.locale,
          tags,
        }),
      );
      await this.events.publish(manager, {
        type: 'question.asked',
        questionId: question.id,
        authorId: question.authorId,
        draftId: input.draftId ?? null,
      });
      return question;
    });
  }

  async get(id: string, manager: EntityManager = this.dataSource.manager): Promise<QuestionEntity> {
    const question = await manager.findOne(QuestionEntity, {
      where: { id, deletedAt: IsNull() },
      relations: { tags: true },
    });
    if (!question) throw new QnaException(QnaExceptionCode.QuestionNotFound, 'No such question.');
    return question;
  }

  /**
   * A question or null; deleted ones only when asked for (moderators restoring them), hidden ones
   * only for a viewer who may see them (moderators and the author).
   */
  async find(
    id: string,
    options: { includeDeleted?: boolean; viewer?: Viewer } = {},
  ): Promise<QuestionEntity | null> {
    const question = await this.dataSource.manager.findOne(QuestionEntity, {
      where: options.includeDeleted ? { id } : { id, deletedAt: IsNull() },
      relations: { tags: true },
    });
    return question && isVisibleTo(options.viewer, question) ? question : null;
  }

  /**
   * The public ones of these questions, in the given order; deleted, hidden or unknown ids are
   * skipped.
   */
  async visibleByIds(ids: readonly string[]): Promise<QuestionEntity[]> {
    if (ids.length === 0) return [];
    const found = await this.dataSource.manager.find(QuestionEntity, {
      where: { id: In([...ids]), deletedAt: IsNull(), hiddenAt: IsNull() },
      relations: { tags: true },
    });
    const byId = new Map(found.map((question) => [question.id, question]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** Distinct people who asked those of these questions that are not deleted. */
  async askerIds(
    ids: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows: Array<{ author_id: string }> = await manager
      .createQueryBuilder(QuestionEntity, 'question')
      .select('DISTINCT question.author_id', 'author_id')
      .where('question.id = ANY(:ids)', { ids })
      .andWhere('question.deleted_at IS NULL')
      .getRawMany();
    return rows.map((row) => row.author_id);
  }

  duplicatesOf(id: string): Promise<QuestionEntity[]> {
    return this.dataSource.manager.find(QuestionEntity, {
      where: { duplicateOfId: id, deletedAt: IsNull(), hiddenAt: IsNull() },
      relations: { tags: true },
      order: { createdAt: 'ASC' },
    });
  }

  /**
   * A page of public questions. A list of one product shows its pinned questions first, most
   * recently pinned first, then the others in the asked order. Hidden questions are left out,
   * except from a person's own list of questions, which shows them their hidden ones too.
   */
  async list(args: QuestionsArgs, viewer?: Viewer): Promise<Connection<QuestionEntity>> {
    const order = orders[args.orderBy ?? QuestionOrder.Active];
    const filter = args.filter;
    const ownHidden = viewer && filter?.authorId === viewer.user.id ? viewer.user.id : null;
    const pinsFirst = Boolean(filter?.productId);
    const pinnedAfter = args.after && pinsFirst ? pinnedCursor(args.after) : null;
    const rows: QuestionEntity[] = [];
    if (pinsFirst && (!args.after || pinnedAfter)) {
      // Few questions are pinned; a partial index finds them.
      const pinned = this.filtered(filter, ownHidden).andWhere('question.pinned_at IS NOT NULL');
      if (pinnedAfter)
        pinned.andWhere('(question.pinned_at, question.id) < (:pinnedAt, :pinnedId)', pinnedAfter);
      pinned
        .orderBy('question.pinned_at', 'DESC')
        .addOrderBy('question.id', 'DESC')
        .limit(args.first + 1);
      rows.push(...(await pinned.getMany()));
    }
    if (rows.length <= args.first) {
      // The page is read without joins, so the sort index serves ORDER BY ... LIMIT directly;
      // its tags follow in one statement.
      const query = this.filtered(filter, ownHidden);
      if (pinsFirst) query.andWhere('question.pinned_at IS NULL');
      if (args.after && !pinnedAfter) {
        const [value, id] = decodeCursor(args.after, 2);
        const [[column]] = order.columns as [[string, string]];
        query.andWhere(`(${column}, question.id) < (:value, :id)`, { value, id });
      }
      for (const [column, direction] of order.columns) query.addOrderBy(column, direction);
      rows.push(...(await query.limit(args.first + 1 - rows.length).getMany()));
    }
    const totalCount = await this.count(filter, ownHidden);
    await this.attachTags(rows.slice(0, args.first));
    return toConnection(rows, args.first, totalCount, (question) =>
      pinsFirst && question.pinnedAt
        ? ['pinned', question.pinnedAt.toISOString(), question.id]
        : order.cursor(question),
    );
  }

  /**
   * How many visible questions match. Filters on product and state read the trigger-kept tally;
   * the others count rows.
   */
  private async count(
    filter: QuestionFilter | null | undefined,
    ownHidden: string | null = null,
  ): Promise<number> {
    if (filter?.tag || filter?.authorId || filter?.unanswered)
      return this.filtered(filter, ownHidden).getCount();
    const query = this.dataSource.manager
      .createQueryBuilder(QuestionTallyEntity, 'tally')
      .select('coalesce(sum(tally.questions), 0)::int', 'total');
    if (filter?.productId)
      query.andWhere('tally.product_id = :productId', { productId: filter.productId });
    if (filter?.states?.length)
      query.andWhere('tally.state IN (:...states)', { states: filter.states });
    const row = await query.getRawOne<{ total: number }>();
    return row?.total ?? 0;
  }

  /** Loads the tags of these questions in one statement. */
  private async attachTags(questions: QuestionEntity[]): Promise<void> {
    if (questions.length === 0) return;
    const rows: Array<{ question_id: string; id: string; slug: string; created_at: Date }> =
      await this.dataSource.query(
        `SELECT qt.question_id, t.id, t.slug, t.created_at FROM question_tag qt
           JOIN tag t ON t.id = qt.tag_id WHERE qt.question_id = ANY($1::uuid[])`,
        [questions.map((question) => question.id)],
      );
    for (const question of questions) {
      question.tags = rows
        .filter((row) => row.question_id === question.id)
        .map((row) =>
          Object.assign(new TagEntity(), { id: row.id, slug: row.slug, createdAt: row.created_at }),
        );
    }
  }

  /** Counts per state, product and tag, each under the other filters, for the list's filter bar. */
  async facets(
    filter: QuestionFilter | null | undefined,
  ): Promise<Record<'states' | 'products' | 'tags', Array<{ value: string; count: number }>>> {
    const count = async (without: keyof QuestionFilter, select: string, join = '') => {
      const query = this.filtered({ ...filter, [without]: null });
      if (join)
        query
          .innerJoin('question_tag', 'qt', 'qt.question_id = question.id')
          .innerJoin('tag', 't', 't.id = qt.tag_id');
      const rows: Array<{ value: string; count: string }> = await query
        .select(`${select}::text`, 'value')
        .addSelect('count(*)', 'count')
        .groupBy(select)
        .orderBy('count', 'DESC')
        .addOrderBy('value', 'ASC')
        .limit(20)
        .getRawMany();
      return rows.map((row) => ({ value: row.value, count: Number(row.count) }));
    };
    const [states, products, tags] = await Promise.all([
      count('states', 'question.state'),
      count('productId', 'question.product_id'),
      count('tag', 't.slug', 'tags'),
    ]);
    return { states, products, tags };
  }

  /** Public questions matching the filter; with `ownHidden`, also that author's hidden ones. */
  private filtered(filter: QuestionFilter | null | undefined, ownHidden: string | null = null) {
    const query = this.dataSource.manager
      .createQueryBuilder(QuestionEntity, 'question')
      .where('question.deleted_at IS NULL');
    if (ownHidden)
      query.andWhere('(question.hidden_at IS NULL OR question.author_id = :ownHidden)', {
        ownHidden,
      });
    else query.andWhere('question.hidden_at IS NULL');
    if (filter?.productId)
      query.andWhere('question.product_id = :productId', { productId: filter.productId });
    if (filter?.authorId)
      query.andWhere('question.author_id = :authorId', { authorId: filter.authorId });
    if (filter?.states?.length)
      query.andWhere('question.state IN (:...states)', { states: filter.states });
    if (filter?.unanswered) query.andWhere('question.answer_count = 0');
    if (filter?.tag) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM question_tag qt JOIN tag t ON t.id = qt.tag_id WHERE qt.question_id = question.id AND t.slug = :tag)',
        { tag: filter.tag },
      );
    }
    return query;
  }

  /**
   * Recomputes a question's public answer count and state from its answers and acceptance (closed
   * stays closed). Deleted and hidden answers count for nobody; a hidden accepted answer leaves the
   * question unsolved until it is shown again.
   */
  async refreshState(manager: EntityManager, questionId: string): Promise<void> {
    await manager.query(
      `UPDATE question q SET answer_count = visible.answers, state = CASE
          WHEN q.state = 'closed' THEN q.state
          WHEN visible.accepted THEN 'solved'::question_state
          WHEN visible.answers > 0 THEN 'answered'::question_state
          ELSE 'open'::question_state END
         FROM (SELECT count(*)::int AS answers,
                      coalesce(bool_or(a.id = (SELECT accepted_answer_id FROM question WHERE id = $1)), false)
                        AS accepted
                 FROM answer a
                WHERE a.question_id = $1 AND a.deleted_at IS NULL AND a.hidden_at IS NULL) visible
       WHERE q.id = $1`,
      [questionId],
    );
  }

  private async requireProduct(manager: EntityManager, productId: string): Promise<void> {
    if (!(await manager.existsBy(ProductEntity, { id: productId }))) {
      throw new QnaException(QnaExceptionCode.ProductNotFound, 'There is no such product area.');
    }
  }
}

/** The position after a pinned question, or null when the cursor is past the pinned ones. */
function pinnedCursor(cursor: string): { pinnedAt: string; pinnedId: string } | null {
  let values: Array<string | number>;
  try {
    values = decodeCursor(cursor, 3);
  } catch {
    return null;
  }
  const [kind, pinnedAt, pinnedId] = values;
  if (
    kind !== 'pinned' ||
    typeof pinnedAt !== 'string' ||
    Number.isNaN(Date.parse(pinnedAt)) ||
    typeof pinnedId !== 'string' ||
    !isUUID(pinnedId)
  )
    throw new ForumException(
      ErrorKind.BadUserInput,
      'INVALID_CURSOR',
      'The cursor is not valid for this list.',
    );
  return { pinnedAt, pinnedId };
}
