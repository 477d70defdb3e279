import { Injectable, type OnModuleInit } from '@nestjs/common';
import { type QnaEvent, QnaEvents } from '@forum/api/qna';
import type { EntityManager } from 'typeorm';
import { SupportDesk } from './support-desk.service.js';

/** Keeps each question's support case in step with the question, in the writing transaction. */
@Injectable()
export class SupportDeskListener implements OnModuleInit {
  constructor(
    private readonly qnaEvents: QnaEvents,
    private readonly desk: SupportDesk,
  ) {}

  onModuleInit(): void {
    this.qnaEvents.subscribe((manager, event) => this.onQnaEvent(manager, event), {
      phase: 'record',
      name: 'support.desk',
    });
  }

  private async onQnaEvent(manager: EntityManager, event: QnaEvent): Promise<void> {
    switch (event.type) {
      case 'question.asked':
        return this.desk.open(manager, event.questionId);
      case 'answer.posted':
        return this.desk.answered(manager, event.questionId, event.authorId);
      // `question.edited` names the question's author, not the editor, so edits do not resume.
      case 'comment.posted':
        return this.desk.commented(manager, event.questionId, event.authorId);
      case 'answer.accepted':
        return this.desk.accepted(manager, event.questionId);
      case 'answer.unaccepted':
        return this.desk.unaccepted(manager, event.questionId);
      case 'question.closed':
      case 'question.deleted':
      case 'question.hidden':
        return this.desk.closed(manager, event.questionId);
      case 'question.reopened':
      case 'question.restored':
      case 'question.unhidden':
        return this.desk.reconsidered(manager, event.questionId);
      default:
        return;
    }
  }
}
