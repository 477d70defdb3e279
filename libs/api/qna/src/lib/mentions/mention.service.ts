import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PeopleSearch, type UserEntity, type Viewer } from '@forum/api/identity';
import { DataSource } from 'typeorm';
import { isModerator } from '../qna.permissions.js';

/** Whom a post may @mention: people found by name, the question's participants first. */
@Injectable()
export class MentionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly people: PeopleSearch,
  ) {}

  async candidates(
    viewer: Viewer,
    prefix: string,
    questionId?: string | null,
  ): Promise<UserEntity[]> {
    const participants = questionId ? await this.participants(viewer, questionId) : [];
    return this.people.mentionCandidates(prefix, participants);
  }

  /**
   * The asker, the authors of the public answers and the commenters of a question the viewer may
   * see; none for a question they may not see, so the order tells nothing about it.
   */
  private async participants(viewer: Viewer, questionId: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `WITH q AS (
         SELECT id, author_id FROM question
          WHERE id = $1 AND deleted_at IS NULL AND (hidden_at IS NULL OR author_id = $2 OR $3)),
       a AS (
         SELECT answer.id, answer.author_id FROM answer JOIN q ON answer.question_id = q.id
          WHERE answer.deleted_at IS NULL AND answer.hidden_at IS NULL)
       SELECT author_id AS id FROM q
       UNION SELECT author_id FROM a
       UNION SELECT c.author_id FROM comment c
              WHERE c.deleted_at IS NULL
                AND (c.question_id IN (SELECT id FROM q) OR c.answer_id IN (SELECT id FROM a))
       LIMIT 500`,
      [questionId, viewer.user.id, isModerator(viewer)],
    );
    return rows.map((row) => row.id);
  }
}
