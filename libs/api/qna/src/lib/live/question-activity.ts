import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Args, ID, Resolver, Subscription } from '@nestjs/graphql';
import { OptionalViewer, type Viewer } from '@forum/api/identity';
import { LiveEvents, liveStream } from '@forum/api/platform';
import { isUUID } from 'class-validator';
import type { EntityManager } from 'typeorm';
import { type QnaEvent, QnaEvents } from '../events/qna-events.js';
import { QnaException, QnaExceptionCode } from '../qna.exception.js';
import { QuestionService } from '../questions/question.service.js';
import { QuestionActivity, QuestionActivityKind } from './question-activity.model.js';

/** The live topic of one question's page. */
export function questionActivityTopic(questionId: string): string {
  return `question.activity:${questionId}`;
}

interface ActivityMessage extends Record<string, unknown> {
  kind: QuestionActivityKind;
  postId: string;
  authorId: string;
}

/**
 * What an event adds to a question's page, or null. A new answer counts when it is visible,
 * which spam rules (an earlier listener in the same transaction) may have prevented; an answer
 * shown again by a moderator counts as new.
 */
function addition(
  event: QnaEvent,
): (ActivityMessage & { questionId: string; answerId: string | null }) | null {
  switch (event.type) {
    case 'answer.posted':
    case 'answer.unhidden':
      return {
        kind: QuestionActivityKind.Answer,
        postId: event.answerId,
        authorId: event.authorId,
        questionId: event.questionId,
        answerId: event.answerId,
      };
    case 'comment.posted':
      return {
        kind: QuestionActivityKind.Comment,
        postId: event.commentId,
        authorId: event.authorId,
        questionId: event.questionId,
        answerId: event.answerId,
      };
    default:
      return null;
  }
}

/** Announces new answers and comments to the open pages of their question. */
@Injectable()
export class QuestionActivityLive implements OnModuleInit {
  constructor(
    private readonly events: QnaEvents,
    private readonly live: LiveEvents,
  ) {}

  onModuleInit(): void {
    this.events.subscribe((manager, event) => this.announce(manager, event), {
      phase: 'project',
      name: 'live.question-activity',
    });
  }

  private async announce(manager: EntityManager, event: QnaEvent): Promise<void> {
    const added = addition(event);
    if (!added) return;
    // Read in the writing transaction: a post that a reader may not see is never announced.
    const visible: unknown[] = await manager.query(
      `SELECT 1 FROM question q
       WHERE q.id = $1 AND q.hidden_at IS NULL AND q.deleted_at IS NULL
         AND ($2::uuid IS NULL OR EXISTS (
           SELECT 1 FROM answer a
           WHERE a.id = $2 AND a.question_id = q.id AND a.hidden_at IS NULL AND a.deleted_at IS NULL))`,
      [added.questionId, added.answerId],
    );
    if (visible.length === 0) return;
    const { kind, postId, authorId } = added;
    await this.live.publish(manager, [
      { topic: questionActivityTopic(added.questionId), data: { kind, postId, authorId } },
    ]);
  }
}

@Resolver()
export class QuestionActivityResolver {
  constructor(
    private readonly questions: QuestionService,
    private readonly live: LiveEvents,
  ) {}

  @Subscription(() => QuestionActivity, {
    name: 'questionActivity',
    description:
      'Answers and comments added to a question from now on, for a page that shows it. A question the reader may not see is refused as not found.',
  })
  async questionActivity(
    @Args('questionId', { type: () => ID, description: 'The question on the page.' })
    questionId: string,
    @OptionalViewer() viewer?: Viewer,
  ): Promise<AsyncIterableIterator<{ questionActivity: QuestionActivity }>> {
    const question = isUUID(questionId) ? await this.questions.find(questionId, { viewer }) : null;
    if (!question) throw new QnaException(QnaExceptionCode.QuestionNotFound, 'No such question.');
    return liveStream(
      this.live.listen<ActivityMessage>(questionActivityTopic(question.id)),
      async (message) =>
        message && {
          questionActivity: {
            questionId: question.id,
            kind: message.kind,
            answerIds: message.kind === QuestionActivityKind.Answer ? [message.postId] : [],
            commentIds: message.kind === QuestionActivityKind.Comment ? [message.postId] : [],
            authorId: message.authorId,
          },
        },
      { initial: false },
    );
  }
}
