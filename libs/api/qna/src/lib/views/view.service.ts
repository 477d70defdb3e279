import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** One view per visitor per question per day: a person by id, anyone else by address and browser. */
@Injectable()
export class ViewService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(
    questionId: string,
    visitor: { userId?: string; address: string; userAgent: string },
  ): Promise<boolean> {
    const key =
      visitor.userId ??
      createHash('sha256').update(`${visitor.address}\n${visitor.userAgent}`).digest('hex');
    const [row] = (await this.dataSource.query(
      `WITH counted AS (
         INSERT INTO question_view (question_id, visitor, day)
         SELECT id, $2, current_date FROM question WHERE id = $1 AND deleted_at IS NULL AND hidden_at IS NULL
         ON CONFLICT DO NOTHING RETURNING question_id),
       bumped AS (
         UPDATE question SET view_count = view_count + 1 WHERE id IN (SELECT question_id FROM counted) RETURNING id)
       SELECT count(*)::int AS counted FROM bumped`,
      [questionId, key.slice(0, 64)],
    )) as Array<{ counted: number }>;
    return (row?.counted ?? 0) > 0;
  }
}
