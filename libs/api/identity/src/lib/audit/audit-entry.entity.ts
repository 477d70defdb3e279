import type { AuditAction, AuditTargetType } from '@forum/shared/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One staff action. The table is append-only: a trigger refuses UPDATE, DELETE and TRUNCATE, so
 * not even the API's own database role can rewrite what happened.
 */
@Entity('audit_entry')
@Index(['createdAt'])
@Index(['actorId', 'createdAt'])
@Index(['targetType', 'targetId', 'createdAt'])
@Index(['action', 'createdAt'])
export class AuditEntryEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  /** Who acted; null for the system (a spam rule, a scheduled job). No foreign key: the log
   * outlives the accounts it names. */
  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'varchar', length: 64 })
  action!: AuditAction;

  @Column({ type: 'varchar', length: 32 })
  targetType!: AuditTargetType;

  @Column({ type: 'varchar', length: 100 })
  targetId!: string;

  @Column({ type: 'jsonb', nullable: true })
  before!: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after!: Record<string, unknown> | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  reason!: string | null;

  /** The client address the action came from, through trusted proxies. */
  @Column({ type: 'varchar', length: 45, nullable: true })
  ipAddress!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
