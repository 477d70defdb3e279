import { Check, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** The steps of the escalation ladder of one response cycle, in the order they are reached. */
export const EscalationStep = {
  /** A share of the target passed: the experts covering the area are told. */
  Warn: 'warn',
  /** The target passed: the product's lead expert is told. */
  Breached: 'breached',
  /** The second threshold passed: admins are told. */
  Admins: 'admins',
} as const;
export type EscalationStep = (typeof EscalationStep)[keyof typeof EscalationStep];

/**
 * One escalation step taken for one question's response cycle. The primary key makes each step
 * happen once per cycle, however often and concurrently the tick runs.
 */
@Entity()
@Check('support_escalation_step_check', `step IN ('warn', 'breached', 'admins')`)
export class SupportEscalationEntity {
  @PrimaryColumn({ type: 'uuid' })
  questionId!: string;

  @PrimaryColumn({ type: 'integer' })
  cycle!: number;

  @PrimaryColumn({ type: 'varchar', length: 20 })
  step!: EscalationStep;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
