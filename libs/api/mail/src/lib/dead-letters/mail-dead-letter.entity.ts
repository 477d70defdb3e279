import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { MailClass } from '../templates/mail-templates.js';

export const deadLetterStates = ['dead', 'resent'] as const;
export type DeadLetterState = (typeof deadLetterStates)[number];

/**
 * A mail given up after its retry window (`MAIL_RETRY_HOURS`) without the SMTP server accepting
 * it. It waits here until an admin resends it; resending queues it again as a new job.
 */
@Entity('mail_dead_letter')
@Index('mail_dead_letter_job_id_uq', ['jobId'], { unique: true })
@Index(['state', 'id'])
@Check('mail_dead_letter_state_ck', `"state" IN ('dead', 'resent')`)
export class MailDeadLetterEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  /** The job that gave up; unique, so a job recorded twice (a retried recording) is one letter. */
  @Column({ type: 'uuid' })
  jobId!: string;

  @Column({ type: 'varchar', length: 64 })
  template!: string;

  @Column({ type: 'varchar', length: 16 })
  mailClass!: MailClass;

  @Column({ type: 'varchar', length: 320 })
  recipient!: string;

  @Column({ type: 'varchar', length: 8 })
  locale!: string;

  /**
   * What the template renders. Null for mail with a one-time link: the link has expired by the
   * time a mail dies, and a secret that no longer works is not kept.
   */
  @Column({ type: 'jsonb', nullable: true })
  data!: object | null;

  @Column({ type: 'jsonb', nullable: true })
  headers!: Record<string, string> | null;

  /** Attempts made, the last one included. */
  @Column({ type: 'integer' })
  attempts!: number;

  /** What the SMTP server or the network said at the last attempt. */
  @Column({ type: 'varchar', length: 1000 })
  lastError!: string;

  /** When the mail was queued; its first attempt followed within moments. */
  @Column({ type: 'timestamptz' })
  queuedAt!: Date;

  @Column({ type: 'timestamptz' })
  lastAttemptAt!: Date;

  @Column({ type: 'varchar', length: 8, default: 'dead' })
  state!: DeadLetterState;

  @Column({ type: 'timestamptz', nullable: true })
  resentAt!: Date | null;

  /** The job that sends it again (its Message-ID). */
  @Column({ type: 'uuid', nullable: true })
  resentJobId!: string | null;
}
