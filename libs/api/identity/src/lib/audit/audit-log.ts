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

/**
 * Writes staff actions to the audit log inside the transaction that performs them, so an action
 * and its record commit or roll back together.
 */
@Injectable()
export class AuditLog {
  /** `actor` is the signed-in staff member, or null when the system acted on its own. */
  async record(manager: EntityManager, actor: Viewer | null, record: AuditRecord): Promise<void> {
    const entry = manager.create(AuditEntryEntity, {
      actorId: actor?.user.id ?? null,
      action: record.action,
      targetType: record.targetType,
      targetId: record.targetId,
      before: record.before ?? null,
      after: record.after ?? null,
      reason: record.reason ?? null,
      ipAddress: actor?.address ?? null,
    });
    await manager.save(entry, { reload: false });
  }
}
