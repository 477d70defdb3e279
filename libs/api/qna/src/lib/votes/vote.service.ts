import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Viewer } from '@forum/api/identity';
import { DataSource, IsNull } from 'typeorm';
import { AnswerEntity } from '../answers/answer.entity.js';
import { QnaEvents } from '../events/qna-events.js';
import { QnaPrivileges } from '../privileges/qna-privileges.js';
import { assertAnswerVisible, assertQuestionVisible } from '../moderation/post-guards.js';
import { QnaException, QnaExceptionCode } from '../qna.exception.js';
import { QuestionEntity } from '../questions/question.entity.js';
import { AnswerVoteEntity, QuestionVoteEntity } from './vote.entities.js';

export type VoteTarget = 'question' | 'answer';
export type VoteValue = 1 | -1 | 0;

/**
 * Moves the post's score (and `updated_at`, as the entity's update-date column would) and returns
 * its question's product, so the vote event carries it without another statement.
 */
const scoreUpdate: Record<VoteTarget, string> = {
  question: `UPDATE question SET score = score + $1, updated_at = CURRENT_TIMESTAMP
             WHERE id = $2 RETURNING product_id AS "productId"`,
  answer: `UPDATE answer SET score = answer.score + $1, updated_at = CURRENT_TIMESTAMP
           FROM question WHERE answer.id = $2 AND question.id = answer.question_id
           RETURNING question.product_id AS "productId"`,
};

/**
 * Up, down or no vote, one per person per post, never on one's own. The post row is locked for
 * the vote, so its score always equals the sum of its vote rows, however many vote at once.
 */
@Injectable()
export class VoteService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: QnaEvents,
    private readonly privileges: QnaPrivileges,
  ) {}

  async vote(
    viewer: Viewer,
    target: VoteTarget,
    postId: string,
    value: VoteValue,
  ): Promise<number> {
    const [postEntity, voteEntity, key] =
      target === 'question'
        ? ([QuestionEntity, QuestionVoteEntity, 'questionId'] as const)
        : ([AnswerEntity, AnswerVoteEntity, 'answerId'] as const);
    if (value === -1) this.privileges.assertMayDownvote(viewer);
    return this.dataSource.transaction(async (manager) => {
      const post = await manager.findOne<QuestionEntity | AnswerEntity>(postEntity, {
        where: { id: postId, deletedAt: IsNull() },
        lock: { mode: 'pessimistic_write' },
      });
      if (!post) {
        throw new QnaException(
          target === 'question'
            ? QnaExceptionCode.QuestionNotFound
            : QnaExceptionCode.AnswerNotFound,
          `No such ${target}.`,
        );
      }
      if (target === 'question') assertQuestionVisible(viewer, post);
      else assertAnswerVisible(viewer, post);
      if (post.authorId === viewer.user.id)
        throw new QnaException(QnaExceptionCode.OwnPost, 'You cannot vote on your own post.');
      const where = { [key]: postId, userId: viewer.user.id };
      const existing = await manager.findOne<QuestionVoteEntity | AnswerVoteEntity>(voteEntity, {
        where,
      });
      const previous = existing?.value ?? 0;
      if (value === 0) await manager.delete(voteEntity, where);
      else if (existing) await manager.update(voteEntity, where, { value });
      else await manager.insert(voteEntity, { ...where, value });
      const delta = value - previous;
      if (delta !== 0) {
        // TypeORM answers an UPDATE with its returned rows and the number of rows changed.
        const [[updated]] = (await manager.query(scoreUpdate[target], [delta, postId])) as [
          Array<{ productId: string }>,
          number,
        ];
        await this.events.publish(manager, {
          type: 'vote.changed',
          target,
          postId,
          questionId: post instanceof AnswerEntity ? post.questionId : postId,
          productId: updated!.productId,
          authorId: post.authorId,
          voterId: viewer.user.id,
          previous,
          value,
        });
      }
      return post.score + delta;
    });
  }
}
