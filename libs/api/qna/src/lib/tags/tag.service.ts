import { Injectable } from '@nestjs/common';
import { questionLimits } from '@forum/shared/domain';
import { type EntityManager, In } from 'typeorm';
import { QnaException, QnaExceptionCode } from '../qna.exception.js';
import { TagEntity } from './tag.entity.js';

const tagPattern = /^[a-z0-9][a-z0-9-]{0,38}[a-z0-9]$|^[a-z0-9]$/;

/** `Password Reset` -> `password-reset`; umlauts kept readable (`Überweisung` -> `ueberweisung`). */
export function tagSlug(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

@Injectable()
export class TagService {
  /** The tags with these names, created on first use; at most five, each valid. */
  async resolve(manager: EntityManager, names: string[]): Promise<TagEntity[]> {
    const slugs = [...new Set(names.map(tagSlug))];
    if (slugs.length > questionLimits.tagsMax) {
      throw new QnaException(
        QnaExceptionCode.TooManyTags,
        `A question carries at most ${questionLimits.tagsMax} tags.`,
      );
    }
    const invalid = slugs.filter((slug) => !tagPattern.test(slug));
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
