import { Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditLog, type Viewer } from '@forum/api/identity';
import { Clock, LiveEvents } from '@forum/api/platform';
import { AuditAction, AuditTargetType, moderationSettingBounds } from '@forum/shared/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { ModerationException, ModerationExceptionCode } from '../moderation.exception.js';
import { ModerationSettingsEntity } from './moderation-settings.entity.js';

/** The settings as the rules read them. */
export type ModerationSettingsValues = Omit<ModerationSettingsEntity, 'id' | 'updatedAt'>;
export type ModerationSettingsChange = Partial<ModerationSettingsValues>;

/**
 * How long a process trusts its copy. A change made through another process drops every copy at
 * once (a live message after its commit); this bounds a copy whose message was lost with the
 * listening connection.
 */
const cacheMs = 30_000;
/** Announced to every process when the settings change. */
const settingsChangedTopic = 'moderation.settings';

const settingKeys = [
  'flagHideWeight',
  'newAccountReputation',
  'newAccountDays',
  'linkRuleEnabled',
  'maxLinks',
  'repeatRuleEnabled',
  'repeatWindowDays',
  'typingRuleEnabled',
  'maxCharactersPerSecond',
  'firstPostReviewEnabled',
] as const satisfies ReadonlyArray<keyof ModerationSettingsValues>;

/**
 * Reads the moderation settings row through a short-lived cache (every new post asks for it) and
 * lets admins change it, audited with the values before and after.
 */
@Injectable()
export class ModerationSettingsService implements OnModuleInit, OnApplicationShutdown {
  private cached: { values: ModerationSettingsEntity; until: number } | null = null;
  private changes?: AsyncIterableIterator<Record<string, unknown>>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly live: LiveEvents,
  ) {}

  onModuleInit(): void {
    const changes = this.live.listen(settingsChangedTopic);
    this.changes = changes;
    void (async () => {
      while (!(await changes.next()).done) this.cached = null;
    })();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.changes?.return?.();
  }

  /**
   * The settings, cached for a short while. Inside a transaction pass its manager: a read through
   * another pooled connection while the transaction holds locks can starve the pool.
   */
  async current(
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ModerationSettingsEntity> {
    const now = Date.now();
    if (this.cached && this.cached.until > now) return this.cached.values;
    const values = await this.read(manager);
    this.cached = { values, until: now + cacheMs };
    return values;
  }

  async update(
    viewer: Viewer,
    change: ModerationSettingsChange,
  ): Promise<ModerationSettingsEntity> {
    for (const [key, bounds] of Object.entries(moderationSettingBounds)) {
      const value = change[key as keyof typeof moderationSettingBounds];
      if (value === undefined || value === null) continue;
      if (!Number.isInteger(value) || value < bounds.min || value > bounds.max) {
        throw new ModerationException(
          ModerationExceptionCode.InvalidSettings,
          `${key} must be a whole number from ${bounds.min} to ${bounds.max}.`,
          { field: key, min: bounds.min, max: bounds.max },
        );
      }
    }
    const updated = await this.dataSource.transaction(async (manager) => {
      const before = await manager.findOneOrFail(ModerationSettingsEntity, {
        where: { id: 1 },
        lock: { mode: 'pessimistic_write' },
      });
      const beforeValues = pick(before);
      const afterValues = { ...beforeValues };
      for (const key of settingKeys) {
        const value = change[key];
        if (value !== undefined && value !== null) Object.assign(afterValues, { [key]: value });
      }
      const changed = settingKeys.filter((key) => afterValues[key] !== beforeValues[key]);
      if (changed.length === 0) return before;
      await manager.update(
        ModerationSettingsEntity,
        { id: 1 },
        { ...afterValues, updatedAt: this.clock.now() },
      );
      await this.audit.record(manager, viewer, {
        action: AuditAction.SettingsChanged,
        targetType: AuditTargetType.Settings,
        targetId: 'moderation',
        before: Object.fromEntries(changed.map((key) => [key, beforeValues[key]])),
        after: Object.fromEntries(changed.map((key) => [key, afterValues[key]])),
      });
      await this.live.publish(manager, [{ topic: settingsChangedTopic, data: {} }]);
      return manager.findOneOrFail(ModerationSettingsEntity, { where: { id: 1 } });
    });
    this.cached = { values: updated, until: Date.now() + cacheMs };
    return updated;
  }

  private async read(manager: EntityManager): Promise<ModerationSettingsEntity> {
    const row = await manager.findOne(ModerationSettingsEntity, { where: { id: 1 } });
    // The migration inserts the row; a missing one (restored from an odd dump) means defaults.
    return row ?? manager.create(ModerationSettingsEntity, defaultSettings());
  }
}

function pick(entity: ModerationSettingsEntity): ModerationSettingsValues {
  return Object.fromEntries(
    settingKeys.map((key) => [key, entity[key]]),
  ) as ModerationSettingsValues;
}

export function defaultSettings(): ModerationSettingsValues & { id: number } {
  return {
    id: 1,
    flagHideWeight: 4,
    newAccountReputation: 10,
    newAccountDays: 7,
    linkRuleEnabled: true,
    maxLinks: 3,
    repeatRuleEnabled: true,
    repeatWindowDays: 7,
    typingRuleEnabled: true,
    maxCharactersPerSecond: 25,
    firstPostReviewEnabled: true,
  };
}
