import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Viewer } from '@forum/api/identity';
import { type Connection, decodeCursor, toConnection } from '@forum/api/platform';
import { DataSource, In, IsNull } from 'typeorm';
import { isModerator } from '../qna.permissions.js';
import { QuestionEntity } from '../questions/question.entity.js';
import { AnswerEntity } from './answer.entity.js';
import type { AnswersArgs } from './dto/answers.args.js';

// Cursors keep milliseconds and PostgreSQL microseconds: order and compare at the cursor's precision.
const createdAtMs = "date_trunc('milliseconds', answer.created_at)";

/** A person's answers for their profile, and the questions those answers belong to. */
@Injectable()
export class AnswersByAuthor {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * A person's answers, newest first. Deleted answers and answers on deleted questions are never
   * listed; hidden answers and answers on hidden questions only for those who may see them:
   * moderators, and the author of the hidden post.
   */
  async list(args: AnswersArgs, viewer?: Viewer): Promise<Connection<AnswerEntity>> {
    const query = this.dataSource.manager
      .createQueryBuilder(AnswerEntity, 'answer')
      .innerJoin(QuestionEntity, 'question', 'question.id = answer.question_id')
      .where('answer.author_id = :authorId', { authorId: args.authorId })
      .andWhere('answer.deleted_at IS NULL AND question.deleted_at IS NULL');
    if (!isModerator(viewer)) {
      const viewerId = viewer?.user.id ?? null;
      query
        .andWhere('(answer.hidden_at IS NULL OR answer.author_id = :viewerId)', { viewerId })
        .andWhere('(question.hidden_at IS NULL OR question.author_id = :viewerId)');
    }
    const totalCount = await query.getCount();
    if (args.after) {
      const [createdAt, id] = decodeCursor(args.after, 2);
      query.andWhere(`(${createdAtMs}, answer.id) < (:createdAt, :id)`, { createdAt, id });
    }
    const rows = await query
      .orderBy(createdAtMs, 'DESC')
      .addOrderBy('answer.id', 'DESC')
      .limit(args.first + 1)
      .getMany();
    return toConnection(rows, args.first, totalCount, (answer) => [
      answer.createdAt.toISOString(),
      answer.id,
    ]);
  }

  /** These questions (not deleted) with their tags, in the order asked; null for missing ones. */
  async questions(ids: readonly string[]): Promise<Array<QuestionEntity | null>> {
    const rows = await this.dataSource.manager.find(QuestionEntity, {
      where: { id: In([...ids]), deletedAt: IsNull() },
      relations: { tags: true },
    });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }
}
