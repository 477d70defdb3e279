import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Viewer } from '@forum/api/identity';
import { Clock } from '@forum/api/platform';
import { type QuestionEntity, QuestionService } from '@forum/api/qna';
import { isSupportStaff, privateDetailsLimits } from '@forum/shared/domain';
import { DataSource, In } from 'typeorm';
import {
  PrivateDetailsException,
  PrivateDetailsExceptionCode,
} from './private-details.exception.js';
import { QuestionPrivateDetailsEntity } from './question-private-details.entity.js';

/**
 * Who reads the private details of someone else's question: the staff who answer customers.
 * Product managers do not; they read the public question like everyone else.
 */

/** What the viewer may read of a question's private details: `own` needs no audit entry. */
export function privateDetailsAccess(
  viewer: Viewer | undefined,
  question: { authorId: string },
): 'own' | 'staff' | null {
  if (!viewer) return null;
  if (viewer.user.id === question.authorId) return 'own';
  return isSupportStaff(viewer.user.role) ? 'staff' : null;
}

/** Line breaks as `\n`; blank lines before the text and blanks after it dropped. */
export function normalisedPrivateDetails(body: string): string {
  return body
    .replace(/\r\n?/g, '\n')
    .replace(/^(?:[ \t]*\n)+/, '')
    .trimEnd();
}

@Injectable()
export class PrivateDetailsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly questions: QuestionService,
    private readonly clock: Clock,
  ) {}

  /** The stored details of those of these questions that have any. */
  async forQuestions(
    questionIds: readonly string[],
  ): Promise<Map<string, QuestionPrivateDetailsEntity>> {
    if (questionIds.length === 0) return new Map();
    const rows = await this.dataSource.manager.findBy(QuestionPrivateDetailsEntity, {
      questionId: In([...questionIds]),
    });
    return new Map(rows.map((row) => [row.questionId, row]));
  }

  /**
   * Sets (or, with an empty body, removes) the private details of the viewer's own question. One
   * statement per change: the row's primary key serialises two writes at once, the later wins.
   */
  async set(viewer: Viewer, questionId: string, body: string): Promise<QuestionEntity> {
    const question = await this.questions.find(questionId, { viewer });
    if (!question) {
      throw new PrivateDetailsException(
        PrivateDetailsExceptionCode.QuestionNotFound,
        'No such question.',
      );
    }
    if (question.authorId !== viewer.user.id) {
      throw new PrivateDetailsException(
        PrivateDetailsExceptionCode.NotQuestionAuthor,
        'Only the asker writes the private details of a question.',
      );
    }
    const text = normalisedPrivateDetails(body);
    // PostgreSQL's char_length counts code points, as the spread does.
    if ([...text].length > privateDetailsLimits.bodyMax) {
      throw new PrivateDetailsException(
        PrivateDetailsExceptionCode.PrivateDetailsTooLong,
        `Private details are at most ${privateDetailsLimits.bodyMax} characters.`,
        { limit: privateDetailsLimits.bodyMax },
      );
    }
    if (text === '') {
      await this.dataSource.manager.delete(QuestionPrivateDetailsEntity, { questionId });
    } else {
      await this.dataSource.manager.query(
        `INSERT INTO question_private_details (question_id, body, updated_by_id, updated_at)
         VALUES ($1, $2, $3, $4)
         ON CONFLICT (question_id) DO UPDATE
           SET body = EXCLUDED.body, updated_by_id = EXCLUDED.updated_by_id,
               updated_at = EXCLUDED.updated_at`,
        [questionId, text, viewer.user.id, this.clock.now()],
      );
    }
    return question;
  }
}
