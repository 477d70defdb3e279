import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';

/** What the asker answered to a reminder. */
export const SolvedCheckResponse = {
  /** "Yes, this answer solved it": the answer was accepted by the asker after a reminder. */
  Accepted: 'accepted',
  /** "Still not solved": the case went back to the experts with a new clock and a new cycle. */
  NotSolved: 'not_solved',
  /** "Stop asking about this question": no more reminders for it, in any cycle. */
  Stopped: 'stopped',
} as const;
export type SolvedCheckResponse = (typeof SolvedCheckResponse)[keyof typeof SolvedCheckResponse];

/**
 * The asker's reply to an "is it solved?" reminder, one per action and cycle: clicking the same
 * link twice finds the row and changes nothing more.
 */
@Entity()
@Unique('solved_reminder_response_once', ['questionId', 'cycle', 'action'])
@Check('solved_reminder_response_action_check', `action IN ('accepted', 'not_solved', 'stopped')`)
@Check('solved_reminder_response_answer_check', `(action = 'accepted') = (answer_id IS NOT NULL)`)
@Index('solved_reminder_response_action_idx', ['action', 'questionId'])
export class SolvedReminderResponseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  questionId!: string;

  @ManyToOne('QuestionEntity', { onDelete: 'CASCADE' })
  @JoinColumn()
  question?: unknown;

  /** The reminder cycle the reply was given in. */
  @Column({ type: 'integer' })
  cycle!: number;

  /** The step of the reminder whose link was used. */
  @Column({ type: 'integer' })
  step!: number;

  @Column({ type: 'varchar', length: 20 })
  action!: SolvedCheckResponse;

  /** The accepted answer, for `accepted`. */
  @Column({ type: 'uuid', nullable: true })
  answerId!: string | null;

  @ManyToOne('AnswerEntity', { onDelete: 'CASCADE' })
  @JoinColumn()
  answer?: unknown;

  /** The asker. */
  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: unknown;

  @Column({ type: 'timestamptz' })
  respondedAt!: Date;
}
