import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Viewer } from '@forum/api/identity';
import { QnaEvents, QuestionService } from '@forum/api/qna';
import { DataSource, IsNull } from 'typeorm';
import { SearchException, SearchExceptionCode } from './search.exception.js';
import { SuggestionVisitEntity } from './suggestion-visit.entity.js';

/** Records suggestions opened from the ask form and whether the draft was posted anyway. */
@Injectable()
export class SuggestionVisits {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly questions: QuestionService,
    events: QnaEvents,
  ) {
    events.subscribe(
      async (manager, event) => {
        if (event.type !== 'question.asked' || !event.draftId) return;
        await manager.update(
          SuggestionVisitEntity,
          { draftId: event.draftId, userId: event.authorId, askedQuestionId: IsNull() },
          { askedQuestionId: event.questionId },
        );
      },
      { phase: 'record', name: 'search.suggestion-visits' },
    );
  }

  async record(viewer: Viewer, draftId: string, questionId: string): Promise<void> {
    if (!(await this.questions.find(questionId)))
      throw new SearchException(SearchExceptionCode.QuestionNotFound, 'No such question.');
    await this.dataSource
      .getRepository(SuggestionVisitEntity)
      .insert({ userId: viewer.user.id, draftId, questionId });
  }
}
