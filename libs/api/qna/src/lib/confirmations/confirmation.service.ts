import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Viewer } from '@forum/api/identity';
import { DataSource, IsNull } from 'typeorm';
import { AnswerEntity } from '../answers/answer.entity.js';
import { QnaEvents } from '../events/qna-events.js';
import { assertAnswerVisible } from '../moderation/post-guards.js';
import { QnaException, QnaExceptionCode } from '../qna.exception.js';
import { AnswerConfirmationEntity } from './answer-confirmation.entity.js';

export interface ConfirmationCounts {
  people: number;
  organisations: number;
}

/** "Worked for me too": people confirm an answer solved their problem as well. */
@Injectable()
export class ConfirmationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: QnaEvents,
  ) {}

  async confirm(viewer: Viewer, answerId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const answer = await manager.findOne(AnswerEntity, {
        where: { id: answerId, deletedAt: IsNull() },
        lock: { mode: 'pessimistic_write' },
      });
      if (!answer) throw new QnaException(QnaExceptionCode.AnswerNotFound, 'No such answer.');
      assertAnswerVisible(viewer, answer);
      if (answer.authorId === viewer.user.id)
        throw new QnaException(QnaExceptionCode.OwnPost, 'You cannot confirm your own answer.');
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(AnswerConfirmationEntity)
        .values({ answerId, userId: viewer.user.id, organisationId: viewer.user.organisationId })
        .orIgnore()
        .execute();
      if ((inserted.raw as unknown[]).length > 0) {
        await manager.increment(AnswerEntity, { id: answerId }, 'confirmationCount', 1);
        await this.events.publish(manager, {
          type: 'answer.confirmed',
          answerId,
          questionId: answer.questionId,
          authorId: answer.authorId,
        });
      }
    });
  }

  async withdraw(viewer: Viewer, answerId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const answer = await manager.findOne(AnswerEntity, {
        where: { id: answerId },
        lock: { mode: 'pessimistic_write' },
      });
      const deleted = await manager.delete(AnswerConfirmationEntity, {
        answerId,
        userId: viewer.user.id,
      });
      if (answer && deleted.affected) {
        await manager.decrement(AnswerEntity, { id: answerId }, 'confirmationCount', 1);
        await this.events.publish(manager, {
          type: 'answer.unconfirmed',
          answerId,
          questionId: answer.questionId,
          authorId: answer.authorId,
        });
      }
    });
  }

  /** People and distinct organisations per answer, for many answers in one query. */
  async counts(answerIds: readonly string[]): Promise<ConfirmationCounts[]> {
    const rows: Array<{ answer_id: string; people: number; organisations: number }> =
      await this.dataSource.query(
        `SELECT answer_id, count(*)::int AS people, count(DISTINCT organisation_id)::int AS organisations
         FROM answer_confirmation WHERE answer_id = ANY($1) GROUP BY answer_id`,
        [answerIds],
      );
    const byAnswer = new Map(rows.map((row) => [row.answer_id, row]));
    return answerIds.map((id) => ({
      people: byAnswer.get(id)?.people ?? 0,
      organisations: byAnswer.get(id)?.organisations ?? 0,
    }));
  }
}
