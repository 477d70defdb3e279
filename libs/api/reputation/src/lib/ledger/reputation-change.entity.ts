import { ReputationAction, ReputationReason } from '@forum/shared/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

/**
 * One change of one person's reputation. Rows are only ever added: a withdrawn vote or a deleted
 * post writes rows that cancel the earlier ones, so the history stays readable and a person's
 * reputation is always the sum of their rows.
 */
@Entity()
@Check('reputation_change_delta_check', 'delta <> 0')
@Index('reputation_change_user_id_created_at_idx', ['userId', 'createdAt'])
// Leaderboards sum the rows of a period (and product); the covering columns let PostgreSQL
// answer from the index alone.
@Index('reputation_change_created_at_idx', ['createdAt', 'userId', 'delta'])
@Index('reputation_change_product_id_created_at_idx', ['productId', 'createdAt', 'userId', 'delta'])
@Index('reputation_change_question_id_idx', ['questionId'])
@Index('reputation_change_answer_id_idx', ['answerId'])
export class ReputationChangeEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: unknown;

  @Column({ type: 'integer' })
  delta!: number;

  @Column({
    type: 'enum',
    enum: Object.values(ReputationReason),
    enumName: 'reputation_reason',
  })
  reason!: ReputationReason;

  @Column({
    type: 'enum',
    enum: Object.values(ReputationAction),
    enumName: 'reputation_action',
  })
  action!: ReputationAction;

  /** The question, or the question of the answer, the change is about. */
  @Column({ type: 'uuid' })
  questionId!: string;

  @ManyToOne('QuestionEntity', { onDelete: 'RESTRICT' })
  @JoinColumn()
  question?: unknown;

  @Column({ type: 'uuid', nullable: true })
  answerId!: string | null;

  @ManyToOne('AnswerEntity', { onDelete: 'RESTRICT' })
  @JoinColumn()
  answer?: unknown;

  /** The question's product, copied so leaderboards per product need no join. */
  @Column({ type: 'uuid' })
  productId!: string;

  @ManyToOne('ProductEntity', { onDelete: 'RESTRICT' })
  @JoinColumn()
  product?: unknown;

  /** Who caused it: the voter, or who marked the solution. */
  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL' })
  @JoinColumn()
  actor?: unknown;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
