import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';

/** What counts as the response that stops a question's clock. */
export const ClockStop = {
  /** The first answer by staff (expert, moderator, admin). */
  StaffAnswer: 'staff_answer',
  /** The first answer by anyone but the asker. */
  AnyAnswer: 'any_answer',
} as const;
export type ClockStop = (typeof ClockStop)[keyof typeof ClockStop];

/**
 * A product's support promise: its business hours, the first-response target counted in them and
 * the escalation ladder. A product without a row uses the defaults of these columns.
 */
@Entity()
@Check(
  'support_policy_day_check',
  'day_start_minute >= 0 AND day_end_minute <= 1440 AND day_start_minute < day_end_minute',
)
@Check('support_policy_target_check', 'first_response_target_minutes BETWEEN 15 AND 43200')
@Check(
  'support_policy_ladder_check',
  'warn_at_percent BETWEEN 10 AND 99 AND admin_escalation_percent BETWEEN 101 AND 1000',
)
@Check('support_policy_clock_stop_check', `clock_stops_at IN ('staff_answer', 'any_answer')`)
export class SupportPolicyEntity {
  @PrimaryColumn({ type: 'uuid' })
  productId!: string;

  @OneToOne('ProductEntity', { onDelete: 'CASCADE' })
  @JoinColumn()
  product?: unknown;

  /** IANA zone the working hours and holidays are in. */
  @Column({ type: 'varchar', length: 64, default: 'UTC' })
  timeZone!: string;

  /** ISO weekdays, Monday = 1. */
  @Column({ type: 'smallint', array: true, default: () => `'{1,2,3,4,5,6,7}'` })
  workingDays!: number[];

  @Column({ type: 'smallint', default: 0 })
  dayStartMinute!: number;

  @Column({ type: 'smallint', default: 1440 })
  dayEndMinute!: number;

  /** Local dates (`YYYY-MM-DD`) with no working hours. */
  @Column({ type: 'date', array: true, default: () => `'{}'` })
  holidays!: string[];

  /** Working minutes from asking to the response that stops the clock. */
  @Column({ type: 'integer', default: 1440 })
  firstResponseTargetMinutes!: number;

  /** Share of the target after which the routed experts are reminded. */
  @Column({ type: 'smallint', default: 75 })
  warnAtPercent!: number;

  /** Share of the target after which admins are told (the lead expert is told at 100 %). */
  @Column({ type: 'smallint', default: 150 })
  adminEscalationPercent!: number;

  @Column({ type: 'uuid', nullable: true })
  leadExpertId!: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL' })
  @JoinColumn()
  leadExpert?: unknown;

  @Column({ type: 'varchar', length: 20, default: ClockStop.StaffAnswer })
  clockStopsAt!: ClockStop;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
