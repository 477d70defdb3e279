import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';

/** Where a question stands with the support desk. */
export const SupportCaseStatus = {
  /** In the experts' inbox: no response that stops the clock yet, not solved. */
  AwaitingResponse: 'awaiting_response',
  /** The clock stopped at a response; not solved yet. */
  Responded: 'responded',
  /** An answer is accepted. */
  Solved: 'solved',
  /** Closed, deleted or hidden: out of the desk until it comes back. */
  Closed: 'closed',
} as const;
export type SupportCaseStatus = (typeof SupportCaseStatus)[keyof typeof SupportCaseStatus];

/**
 * A question as the support desk sees it: its response clock (started at asking, restarted when
 * the asker says it is still not solved, which counts a new cycle), who is on it, and whether the
 * desk waits for the customer (the clock pauses; `dueAt` moves by the paused working time when the
 * asker replies).
 */
@Entity()
@Check(
  'support_case_status_check',
  `status IN ('awaiting_response', 'responded', 'solved', 'closed')`,
)
@Check('support_case_claim_check', '(claimed_by_id IS NULL) = (claimed_at IS NULL)')
@Index('support_case_status_due_at_idx', ['status', 'dueAt'])
@Index('support_case_claimed_by_id_idx', ['claimedById'], { where: 'claimed_by_id IS NOT NULL' })
export class SupportCaseEntity {
  @PrimaryColumn({ type: 'uuid' })
  questionId!: string;

  @OneToOne('QuestionEntity', { onDelete: 'CASCADE' })
  @JoinColumn()
  question?: unknown;

  /** The question's product, whose policy sets the clock. */
  @Column({ type: 'uuid' })
  productId!: string;

  @Column({ type: 'varchar', length: 20, default: SupportCaseStatus.AwaitingResponse })
  status!: SupportCaseStatus;

  /** 1 for the first response; each "still not solved" starts the next. */
  @Column({ type: 'integer', default: 1 })
  cycle!: number;

  @Column({ type: 'timestamptz' })
  clockStartedAt!: Date;

  /** When the first-response target of this cycle is reached, in the product's business hours. */
  @Column({ type: 'timestamptz' })
  dueAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  respondedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  respondedById!: string | null;

  /** Set while the desk waits for the asker; the clock is paused. */
  @Column({ type: 'timestamptz', nullable: true })
  waitingSince!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  claimedById!: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL' })
  @JoinColumn()
  claimedBy?: unknown;

  @Column({ type: 'timestamptz', nullable: true })
  claimedAt!: Date | null;

  /** Who assigned the question to `claimedBy`; null when they claimed it themselves. */
  @Column({ type: 'uuid', nullable: true })
  assignedById!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  snoozedUntil!: Date | null;

  /** When this cycle passed its target without a response. */
  @Column({ type: 'timestamptz', nullable: true })
  breachedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
