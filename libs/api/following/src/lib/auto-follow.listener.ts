import { Injectable, type OnModuleInit } from '@nestjs/common';
import { type IdeaEvent, IdeaEvents } from '@forum/api/ideas';
import { type QnaEvent, QnaEvents } from '@forum/api/qna';
import { FollowTarget } from '@forum/shared/domain';
import type { EntityManager } from 'typeorm';
import { FollowSettingsService } from './follow-settings.service.js';
import type { FollowSettings } from './follow.models.js';
import { FollowService } from './follow.service.js';

/**
 * Asking, answering, commenting, proposing and voting make the person follow the post, in the
 * same transaction, unless they switched that off.
 */
@Injectable()
export class AutoFollowListener implements OnModuleInit {
  constructor(
    private readonly qnaEvents: QnaEvents,
    private readonly ideaEvents: IdeaEvents,
    private readonly follows: FollowService,
    private readonly settings: FollowSettingsService,
  ) {}

  onModuleInit(): void {
    const order = { phase: 'record', name: 'following.auto-follow' } as const;
    this.qnaEvents.subscribe((manager, event) => this.onQnaEvent(manager, event), order);
    this.ideaEvents.subscribe((manager, event) => this.onIdeaEvent(manager, event), order);
  }

  private async onQnaEvent(manager: EntityManager, event: QnaEvent): Promise<void> {
    switch (event.type) {
      case 'question.asked':
        return this.follow(
          manager,
          event.authorId,
          'followOnAsk',
          FollowTarget.Question,
          event.questionId,
        );
      case 'answer.posted':
        return this.follow(
          manager,
          event.authorId,
          'followOnAnswer',
          FollowTarget.Question,
          event.questionId,
        );
      case 'comment.posted':
        return this.follow(
          manager,
          event.authorId,
          'followOnComment',
          FollowTarget.Question,
          event.questionId,
        );
      default:
        return;
    }
  }

  private async onIdeaEvent(manager: EntityManager, event: IdeaEvent): Promise<void> {
    switch (event.type) {
      case 'idea.proposed':
        return this.follow(manager, event.authorId, 'followOnAsk', FollowTarget.Idea, event.ideaId);
      case 'idea.voted':
        return this.follow(
          manager,
          event.voterId,
          'followOnIdeaVote',
          FollowTarget.Idea,
          event.ideaId,
        );
      default:
        return;
    }
  }

  private async follow(
    manager: EntityManager,
    userId: string,
    setting: keyof FollowSettings,
    targetType: FollowTarget,
    targetId: string,
  ): Promise<void> {
    const settings = await this.settings.get(userId, manager);
    if (!settings[setting]) return;
    await this.follows.followInTransaction(manager, userId, targetType, targetId);
  }
}
