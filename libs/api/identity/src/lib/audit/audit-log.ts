import { Injectable } from '@nestjs/common';
import type { AuditAction, AuditTargetType } from '@forum/shared/domain';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../viewer/viewer.js';
import { AuditEntryEntity } from './audit-entry.entity.js';

export interface AuditRecord {
  action: AuditAction;
  targetType: AuditTargetType;
  targetId: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  reason?: string | null;
}

type Fields = Record<string, unknown>;

/** A value as the log keeps it: dates as ISO strings, lists and plain values as they are. */
function stored(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(stored);
  return value === undefined ? null : value;
}

/**
 * The fields of `after` whose values differ from `before`, each side holding only those; null
 * when nothing changed, so callers record an entry only for a real change.
 */
export function auditChanges(
  before: Fields,
  after: Fields,
): { before: Fields; after: Fields } | null {
  const changed = Object.keys(after).filter(
    (key) => JSON.stringify(stored(before[key])) !== JSON.stringify(stored(after[key])),
  );
  if (changed.length === 0) return null;
  return {
    before: Object.fromEntries(changed.map((key) => [key, stored(before[key])])),
    after: Object.fromEntries(changed.map((key) => [key, stored(after[key])])),
  };
}

/**
 * Writes staff actions to the audit log inside the transaction that performs them, so an action
 * and its record commit or roll back together.
 */
@Injectable()
export class AuditLog {
  /** `actor` is the signed-in staff member, or null when the system acted on its own. */
  async record(manager: EntityManager, actor: Viewer | null, record: AuditRecord): Promise<void> {
    await this.recordMany(manager, actor, [record]);
  }

  /** Several entries by one actor in one statement (e.g. the people one response showed). */
  async recordMany(
    manager: EntityManager,
    actor: Viewer | null,
    records: readonly AuditRecord[],
  ): Promise<void> {
    if (records.length === 0) return;
    const entries = records.map((record) =>
      manager.create(AuditEntryEntity, {
        actorId: actor?.user.id ?? null,
        action: record.action,
        targetType: record.targetType,
        targetId: record.targetId,
        before: normalised(record.before),
        after: normalised(record.after),
        // The column holds 1000 characters; longer reasons (a status message) keep their start.
        reason: record.reason?.slice(0, 1000) ?? null,
        ipAddress: actor?.address ?? null,
      }),
    );
    // New rows without ids: one INSERT for all of them, nothing read back.
    await manager.save(entries, { reload: false });
  }
}

function normalised(fields: Fields | null | undefined): Fields | null {
  if (!fields) return null;
  return Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, stored(value)]));
}
