import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { RoutingAudience } from './rank-experts.js';

/**
 * A person suggested for a question: staff ranked among experts, trusted members apart, with the
 * counts that explain why. The rows of one question are replaced together whenever it is routed.
 */
@Entity()
@Check('routing_suggestion_audience_check', `audience IN ('expert', 'community')`)
@Index('routing_suggestion_user_id_idx', ['userId'])
export class RoutingSuggestionEntity {
  @PrimaryColumn({ type: 'uuid' })
  questionId!: string;

  @ManyToOne('QuestionEntity', { onDelete: 'CASCADE' })
  @JoinColumn()
  question?: unknown;

  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: unknown;

  /** 1 for the best of the audience. */
  @Column({ type: 'smallint' })
  rank!: number;

  @Column({ type: 'varchar', length: 10 })
  audience!: RoutingAudience;

  @Column({ type: 'double precision' })
  score!: number;

  /** Similar questions where their answer is the accepted one. */
  @Column({ type: 'integer' })
  solvedSimilar!: number;

  /** Questions of the product they answered. */
  @Column({ type: 'integer' })
  answeredInArea!: number;

  /** The question's product, named as it was when routed. */
  @Column({ type: 'varchar', length: 80, nullable: true })
  areaName!: string | null;

  @Column({ type: 'timestamptz' })
  computedAt!: Date;
}
