import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditLog, auditChanges, UserService, type Viewer } from '@forum/api/identity';
import { Clock } from '@forum/api/platform';
import { ProductService, TagService } from '@forum/api/qna';
import { AuditAction, AuditTargetType, isSupportStaff } from '@forum/shared/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { type ExpertAreaIds, ExpertAreas } from './expert-areas.service.js';
import {
  SupportSettingsException,
  SupportSettingsExceptionCode,
} from './support-settings.exception.js';

/** Roles that cover areas, take time away and work the support desk. */

const maxAwayMs = 366 * 24 * 60 * 60 * 1000;

/** One person's time away as stored. */
export interface AwayState {
  awaySince: Date;
  awayUntil: Date | null;
}

/** Changes expert areas and time away; each person's changes are serialised. */
@Injectable()
export class ExpertSettings {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly areas: ExpertAreas,
    private readonly users: UserService,
    private readonly products: ProductService,
    private readonly tags: TagService,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  /** Replaces a staff member's products and tags; unknown ids change nothing. */
  async setAreas(viewer: Viewer, userId: string, wanted: ExpertAreaIds): Promise<void> {
    const productIds = [...new Set(wanted.productIds)];
    const tagIds = [...new Set(wanted.tagIds)];
    await this.checkTargets(productIds, tagIds);
    await this.dataSource.transaction(async (manager) => {
      await this.lockPerson(manager, userId);
      await this.staffMember(manager, userId);
      const before = await this.areas.areasOf(manager, userId);
      await manager.query('DELETE FROM expert_area WHERE user_id = $1', [userId]);
      try {
        if (productIds.length > 0) {
          await manager.query(
            'INSERT INTO expert_area (user_id, product_id) SELECT $1, unnest($2::uuid[])',
            [userId, productIds],
          );
        }
        if (tagIds.length > 0) {
          await manager.query(
            'INSERT INTO expert_area (user_id, tag_id) SELECT $1, unnest($2::uuid[])',
            [userId, tagIds],
          );
        }
      } catch (error) {
        // A product or tag removed between the check and the insert.
        if ((error as { driverError?: { code?: string } }).driverError?.code === '23503') {
          throw new SupportSettingsException(
            SupportSettingsExceptionCode.UnknownProducts,
            'A product or tag no longer exists.',
          );
        }
        throw error;
      }
      if (viewer.user.id !== userId) {
        const changes = auditChanges(
          { productIds: [...before.productIds].sort(), tagIds: [...before.tagIds].sort() },
          { productIds: [...productIds].sort(), tagIds: [...tagIds].sort() },
        );
        if (changes) {
          await this.audit.record(manager, viewer, {
            action: AuditAction.ExpertProfileChanged,
            targetType: AuditTargetType.User,
            targetId: userId,
            ...changes,
          });
        }
      }
    });
  }

  /** Away from now until `until` (null: until they say they are back). */
  async setAway(userId: string, until: Date | null): Promise<void> {
    const now = this.clock.now();
    if (until && (until <= now || until.getTime() - now.getTime() > maxAwayMs)) {
      throw new SupportSettingsException(
        SupportSettingsExceptionCode.InvalidAwayUntil,
        'Time away ends in the future, at most a year from now.',
      );
    }
    await this.dataSource.transaction(async (manager) => {
      await this.lockPerson(manager, userId);
      await this.staffMember(manager, userId);
      // Already away keeps its start, so "away since" stays true across changes of the end.
      await manager.query(
        `INSERT INTO expert_availability (user_id, away_since, away_until, updated_at)
         VALUES ($1, $2, $3, $2)
         ON CONFLICT (user_id) DO UPDATE SET
           away_since = CASE
             WHEN expert_availability.away_since <= $2
              AND (expert_availability.away_until IS NULL OR expert_availability.away_until > $2)
             THEN expert_availability.away_since ELSE EXCLUDED.away_since END,
           away_until = EXCLUDED.away_until,
           updated_at = EXCLUDED.updated_at`,
        [userId, now, until],
      );
    });
  }

  /** Back now; not being away changes nothing. */
  async clearAway(userId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.lockPerson(manager, userId);
      await this.staffMember(manager, userId);
      await manager.query('DELETE FROM expert_availability WHERE user_id = $1', [userId]);
    });
  }

  /** Time away of these people that has not ended at `at`, by person. */
  async awayOf(userIds: readonly string[], at: Date): Promise<Map<string, AwayState>> {
    const rows: Array<{ user_id: string; away_since: Date; away_until: Date | null }> =
      await this.dataSource.query(
        `SELECT user_id, away_since, away_until FROM expert_availability
         WHERE user_id = ANY($1::uuid[]) AND away_since <= $2
           AND (away_until IS NULL OR away_until > $2)`,
        [[...userIds], at],
      );
    return new Map(
      rows.map((row) => [row.user_id, { awaySince: row.away_since, awayUntil: row.away_until }]),
    );
  }

  /** Area ids of these people in one query, by person. */
  async areasOfMany(userIds: readonly string[]): Promise<Map<string, ExpertAreaIds>> {
    const rows: Array<{ user_id: string; product_id: string | null; tag_id: string | null }> =
      await this.dataSource.query(
        `SELECT user_id, product_id, tag_id FROM expert_area
         WHERE user_id = ANY($1::uuid[]) ORDER BY created_at, id`,
        [[...userIds]],
      );
    const byUser = new Map<string, ExpertAreaIds>();
    for (const row of rows) {
      const areas = byUser.get(row.user_id) ?? { productIds: [], tagIds: [] };
      if (row.product_id) areas.productIds.push(row.product_id);
      if (row.tag_id) areas.tagIds.push(row.tag_id);
      byUser.set(row.user_id, areas);
    }
    return byUser;
  }

  private async checkTargets(productIds: string[], tagIds: string[]): Promise<void> {
    const products = productIds.length > 0 ? await this.products.listByIds(productIds) : [];
    const unknownProducts = productIds.filter((id) => !products.some((p) => p.id === id));
    if (unknownProducts.length > 0) {
      throw new SupportSettingsException(
        SupportSettingsExceptionCode.UnknownProducts,
        'Some of these products do not exist.',
        { ids: unknownProducts },
      );
    }
    const tags = await this.tags.findByIds(tagIds);
    const unknownTags = tagIds.filter((id) => !tags.some((t) => t.id === id));
    if (unknownTags.length > 0) {
      throw new SupportSettingsException(
        SupportSettingsExceptionCode.UnknownTags,
        'Some of these tags do not exist.',
        { ids: unknownTags },
      );
    }
  }

  /** Serialises all area and away changes of one person. */
  private async lockPerson(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('expert_settings:' || $1))`, [
      userId,
    ]);
  }

  private async staffMember(manager: EntityManager, userId: string): Promise<void> {
    const user = await this.users.findById(userId, manager);
    if (!user || user.deletedAt) {
      throw new SupportSettingsException(
        SupportSettingsExceptionCode.ExpertNotFound,
        'No such person.',
      );
    }
    if (!isSupportStaff(user.role)) {
      throw new SupportSettingsException(
        SupportSettingsExceptionCode.NotSupportStaff,
        'Only experts, moderators and admins cover areas and take time away here.',
      );
    }
  }
}
