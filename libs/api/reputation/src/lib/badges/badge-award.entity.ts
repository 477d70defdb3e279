import { BadgeKey, BadgeTier } from '@forum/shared/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

/**
 * A badge a person holds. The unique indexes make an award happen once per person and tier
 * (and product, for Product Specialist) however often or concurrently the award job runs;
 * awarding inserts with ON CONFLICT DO NOTHING.
 */
@Entity()
@Index('badge_award_user_id_badge_tier_uq', ['userId', 'badge', 'tier'], {
  unique: true,
  where: 'product_id IS NULL',
})
@Index('badge_award_user_id_badge_tier_product_id_uq', ['userId', 'badge', 'tier', 'productId'], {
  unique: true,
  where: 'product_id IS NOT NULL',
})
@Index('badge_award_badge_awarded_at_idx', ['badge', 'awardedAt'])
export class BadgeAwardEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: unknown;

  @Column({ type: 'varchar', length: 40 })
  badge!: BadgeKey;

  @Column({ type: 'enum', enum: Object.values(BadgeTier), enumName: 'badge_tier' })
  tier!: BadgeTier;

  /** The post that earned it, when one did. */
  @Column({ type: 'uuid', nullable: true })
  questionId!: string | null;

  @ManyToOne('QuestionEntity', { onDelete: 'SET NULL' })
  @JoinColumn()
  question?: unknown;

  @Column({ type: 'uuid', nullable: true })
  answerId!: string | null;

  @ManyToOne('AnswerEntity', { onDelete: 'SET NULL' })
  @JoinColumn()
  answer?: unknown;

  /** Product Specialist: the product. */
  @Column({ type: 'uuid', nullable: true })
  productId!: string | null;

  @ManyToOne('ProductEntity', { onDelete: 'CASCADE' })
  @JoinColumn()
  product?: unknown;

  /** Idea Champion: the idea (owned by the ideas domain, so no foreign key here). */
  @Column({ type: 'uuid', nullable: true })
  ideaId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  awardedAt!: Date;
}
