import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '@forum/api/platform';
import {
  type AuditAction,
  auditActions,
  type AuditTargetType,
  AuditTargetType as AuditTargetTypes,
} from '@forum/shared/domain';
import type { AuditEntryEntity } from './audit-entry.entity.js';

/** `user.role_changed` -> `USER_ROLE_CHANGED`: GraphQL names allow no dots. */
function enumOf<V extends string>(
  values: readonly V[],
  name: string,
  description: string,
): Record<string, V> {
  const byName = Object.fromEntries(
    values.map((value) => [value.replace(/\./g, '_').toUpperCase(), value]),
  ) as Record<string, V>;
  registerEnumType(byName, { name, description });
  return byName;
}

export const AuditActionEnum = enumOf(auditActions, 'AuditAction', 'A kind of staff action.');
export const AuditTargetTypeEnum = enumOf(
  Object.values(AuditTargetTypes),
  'AuditTargetType',
  'What a staff action was about.',
);

@ObjectType({ description: 'One field a staff action changed.' })
export class AuditChange {
  @Field({ description: 'The field, e.g. `role` or `suspendedUntil`.' })
  field!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Its value before, as JSON text (`"member"`, `null`, `["a","b"]`); null when the entry has no before.',
  })
  before!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Its value after, as JSON text; null when the entry has no after.',
  })
  after!: string | null;
}

@ObjectType({
  description: 'One staff action, as recorded in the append-only audit log. Admins read it.',
})
export class AuditEntry {
  @Field(() => ID, { description: 'Identifier; later entries have larger ones.' })
  id!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Who acted; null when the system did (a spam rule, a scheduled job).',
  })
  actorId!: string | null;

  @Field(() => AuditActionEnum, { description: 'What was done.' })
  action!: AuditAction;

  @Field(() => AuditTargetTypeEnum, { description: 'What kind of thing it was done to.' })
  targetType!: AuditTargetType;

  @Field({ description: 'Id of that thing.' })
  targetId!: string;

  @Field(() => [AuditChange], {
    description: 'The fields that changed, with their values before and after.',
  })
  changes!: AuditChange[];

  @Field(() => String, {
    nullable: true,
    description: 'The reason given, where the action has one.',
  })
  reason!: string | null;

  @Field(() => String, { nullable: true, description: 'The client address it came from.' })
  ipAddress!: string | null;

  @Field({ description: 'When it happened.' })
  createdAt!: Date;
}

export const AuditEntryConnection = ConnectionType(AuditEntry, 'AuditEntry');

/** The fields of before and after, in the order they first appear, as JSON text. */
export function auditChangesOf(entry: Pick<AuditEntryEntity, 'before' | 'after'>): AuditChange[] {
  const fields = [
    ...new Set([...Object.keys(entry.before ?? {}), ...Object.keys(entry.after ?? {})]),
  ];
  return fields.map((field) => ({
    field,
    before: entry.before ? JSON.stringify(entry.before[field] ?? null) : null,
    after: entry.after ? JSON.stringify(entry.after[field] ?? null) : null,
  }));
}

export function toAuditEntry(entity: AuditEntryEntity): AuditEntry {
  return Object.assign(new AuditEntry(), {
    id: entity.id,
    actorId: entity.actorId,
    action: entity.action,
    targetType: entity.targetType,
    targetId: entity.targetId,
    changes: auditChangesOf(entity),
    reason: entity.reason,
    ipAddress: entity.ipAddress,
    createdAt: entity.createdAt,
  });
}
