import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditLog, type Viewer } from '@forum/api/identity';
import {
  AuditAction,
  AuditTargetType,
  isValidTag,
  questionLimits,
  tagSlug,
} from '@forum/shared/domain';
import { DataSource, type EntityManager, In } from 'typeorm';
import { QnaEvents } from '../events/qna-events.js';
import { QnaException, QnaExceptionCode } from '../qna.exception.js';
import type { TagUsage } from './tag-usage.model.js';
import { TagEntity } from './tag.entity.js';

@Injectable()
export class TagService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: QnaEvents,
    private readonly audit: AuditLog,
  ) {}

  /** Tags with how many questions that are not deleted carry them, most used first. */
  async usage(search: string | undefined, first: number): Promise<TagUsage[]> {
    const pattern = search?.trim() ? `%${search.trim().replace(/[\\%_]/g, '\\$&')}%` : null;
    const rows: Array<{ slug: string; question_count: number }> = await this.dataSource.query(
      `SELECT tag.slug, count(question.id)::int AS question_count
       FROM tag
       LEFT JOIN question_tag ON question_tag.tag_id = tag.id
       LEFT JOIN question ON question.id = question_tag.question_id AND question.deleted_at IS NULL
       WHERE $1::text IS NULL OR tag.slug ILIKE $1
       GROUP BY tag.id
       ORDER BY question_count DESC, tag.slug ASC
       LIMIT $2`,
      [pattern, first],
    );
    return rows.map((row) => ({ slug: row.slug, questionCount: row.question_count }));
  }

  /** The tag with this slug, or null. */
  findBySlug(slug: string): Promise<TagEntity | null> {
    return this.dataSource.manager.findOneBy(TagEntity, { slug: slug.trim().toLowerCase() });
  }

  /** Those of these tags that exist; unknown ids are skipped. */
  findByIds(ids: readonly string[]): Promise<TagEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.findBy(TagEntity, { id: In([...ids]) });
  }

  /** Renames a tag everywhere it is used. */
  async rename(viewer: Viewer, slug: string, newName: string): Promise<TagEntity> {
    const newSlug = this.validSlug(newName);
    return this.dataSource.transaction(async (manager) => {
      const tag = await manager.findOne(TagEntity, {
        where: { slug },
        lock: { mode: 'pessimistic_write' },
      });
      if (!tag) throw new QnaException(QnaExceptionCode.InvalidTag, `There is no tag "${slug}".`);
      if (await manager.existsBy(TagEntity, { slug: newSlug })) {
        throw new QnaException(
          QnaExceptionCode.InvalidTag,
          `The tag "${newSlug}" exists already; merge the two instead.`,
        );
      }
      await manager.update(TagEntity, { id: tag.id }, { slug: newSlug });
      await this.publishRetagged(manager, tag.id);
      await this.audit.record(manager, viewer, {
        action: AuditAction.TagRenamed,
        targetType: AuditTargetType.Tag,
        targetId: tag.id,
        before: { slug: tag.slug },
        after: { slug: newSlug },
      });
      return manager.findOneByOrFail(TagEntity, { id: tag.id });
    });
  }

  /** Moves every question from one tag to another (without duplicates) and removes the first. */
  async merge(viewer: Viewer, fromSlug: string, intoSlug: string): Promise<TagEntity> {
    return this.dataSource.transaction(async (manager) => {
      const [from, into] = await Promise.all([
        manager.findOne(TagEntity, {
          where: { slug: fromSlug },
          lock: { mode: 'pessimistic_write' },
        }),
        manager.findOne(TagEntity, {
          where: { slug: intoSlug },
          lock: { mode: 'pessimistic_write' },
        }),
      ]);
      if (!from || !into || from.id === into.id) {
        throw new QnaException(QnaExceptionCode.InvalidTag, 'Name two different existing tags.');
      }
      await this.publishRetagged(manager, from.id);
      await manager.query(
        `INSERT INTO question_tag (question_id, tag_id) SELECT question_id, $2 FROM question_tag WHERE tag_id = $1
         ON CONFLICT DO NOTHING`,
        [from.id, into.id],
      );
      await manager.query('DELETE FROM question_tag WHERE tag_id = $1', [from.id]);
      await manager.delete(TagEntity, { id: from.id });
      await this.audit.record(manager, viewer, {
        action: AuditAction.TagsMerged,
        targetType: AuditTargetType.Tag,
        targetId: from.id,
        before: { slug: from.slug, mergedInto: null },
        after: { slug: null, mergedInto: into.slug },
      });
      return into;
    });
  }

  private async publishRetagged(manager: EntityManager, tagId: string): Promise<void> {
    const rows: Array<{ question_id: string }> = await manager.query(
      'SELECT question_id FROM question_tag WHERE tag_id = $1',
      [tagId],
    );
    if (rows.length === 0) return;
    await this.events.publish(manager, {
      type: 'questions.retagged',
      questionIds: rows.map((row) => row.question_id),
    });
  }

  private validSlug(name: string): string {
    const slug = tagSlug(name);
    if (!isValidTag(slug))
      throw new QnaException(
        QnaExceptionCode.InvalidTag,
        'Tags are 1 to 40 letters, digits or hyphens.',
      );
    return slug;
  }

  /** The tags with these names, created on first use; at most five, each valid. */
  async resolve(manager: EntityManager, names: string[]): Promise<TagEntity[]> {
    const slugs = [...new Set(names.map(tagSlug))];
    if (slugs.length > questionLimits.tagsMax) {
      throw new QnaException(
        QnaExceptionCode.TooManyTags,
        `A question carries at most ${questionLimits.tagsMax} tags.`,
      );
    }
    const invalid = slugs.filter((slug) => !isValidTag(slug));
    if (invalid.length > 0) {
      throw new QnaException(
        QnaExceptionCode.InvalidTag,
        'Tags are 1 to 40 letters, digits or hyphens.',
        { tags: invalid },
      );
    }
    if (slugs.length === 0) return [];
    await manager
      .createQueryBuilder()
      .insert()
      .into(TagEntity)
      .values(slugs.map((slug) => ({ slug })))
      .orIgnore()
      .execute();
    return manager.find(TagEntity, { where: { slug: In(slugs) } });
  }
}
