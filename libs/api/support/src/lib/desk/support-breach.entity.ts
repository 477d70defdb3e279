import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A response cycle that passed its first-response target, kept for reporting even after the
 * question is answered, closed or deleted (no foreign keys).
 */
@Entity()
@Index('support_breach_product_id_breached_at_idx', ['productId', 'breachedAt'])
export class SupportBreachEntity {
  @PrimaryColumn({ type: 'uuid' })
  questionId!: string;

  @PrimaryColumn({ type: 'integer' })
  cycle!: number;

  @Column({ type: 'uuid' })
  productId!: string;

  @Column({ type: 'timestamptz' })
  dueAt!: Date;

  @Column({ type: 'timestamptz' })
  breachedAt!: Date;

  /** The late response, filled in when it comes. */
  @Column({ type: 'timestamptz', nullable: true })
  respondedAt!: Date | null;
}
