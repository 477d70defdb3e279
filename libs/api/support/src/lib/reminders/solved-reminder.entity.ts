import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/**
 * One "is it solved?" reminder sent to a question's asker: step `step` (from 1) of the schedule
 * in cycle `cycle` (1, then one more after each "still not solved"). The key makes sure a step
 * goes out once, however many workers run the tick.
 */
@Entity()
@Index('solved_reminder_user_id_idx', ['userId'])
export class SolvedReminderEntity {
  @PrimaryColumn({ type: 'uuid' })
  questionId!: string;

  @ManyToOne('QuestionEntity', { onDelete: 'CASCADE' })
  @JoinColumn()
  question?: unknown;

  @PrimaryColumn({ type: 'integer' })
  cycle!: number;

  @PrimaryColumn({ type: 'integer' })
  step!: number;

  /** The asker it was sent to. */
  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: unknown;

  @Column({ type: 'timestamptz' })
  sentAt!: Date;
}
