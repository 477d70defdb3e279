import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Clock } from '@forum/api/platform';
import { Repository } from 'typeorm';
import { UserEntity } from './user.entity.js';

/** How many people the mention list offers at most. */
export const mentionCandidateLimit = 8;

/**
 * Finds people by the start of their name or of a word in it, for @mentions. Names are compared
 * through `name_search_key` (lower case, accents removed), the expression the trigram index
 * `user_account_name_search_idx` is built on.
 */
@Injectable()
export class PeopleSearch {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly clock: Clock,
  ) {}

  /**
   * Active people (neither deleted nor suspended) whose name or a word of it starts with
   * `prefix`; those in `preferredIds` first, then by reputation.
   */
  mentionCandidates(prefix: string, preferredIds: readonly string[] = []): Promise<UserEntity[]> {
    const escaped = prefix.trim().replace(/[\\%_]/g, (c) => `\\${c}`);
    const key = 'name_search_key(user.display_name)';
    return this.users
      .createQueryBuilder('user')
      .leftJoinAndSelect('user.organisation', 'organisation')
      .where('user.deleted_at IS NULL')
      .andWhere('(user.suspended_until IS NULL OR user.suspended_until <= :now)', {
        now: this.clock.now(),
      })
      .andWhere(
        `(${key} LIKE name_search_key(:prefix) || '%' OR ${key} LIKE '% ' || name_search_key(:prefix) || '%' OR ${key} LIKE '%-' || name_search_key(:prefix) || '%')`,
        { prefix: escaped },
      )
      .orderBy('user.id = ANY(:preferred)', 'DESC')
      .setParameter('preferred', [...preferredIds])
      .addOrderBy('user.reputation', 'DESC')
      .addOrderBy('user.display_name', 'ASC')
      .addOrderBy('user.id', 'ASC')
      .limit(mentionCandidateLimit)
      .getMany();
  }
}
