import {
  Check,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Column,
} from 'typeorm';

/**
 * An expert covers a product or a tag: questions there reach their inbox and routing considers
 * them. Exactly one of the two targets is set.
 */
@Entity()
@Check('expert_area_target_check', 'num_nonnulls(product_id, tag_id) = 1')
@Index('expert_area_user_product_key', ['userId', 'productId'], {
  unique: true,
  where: 'product_id IS NOT NULL',
})
@Index('expert_area_user_tag_key', ['userId', 'tagId'], {
  unique: true,
  where: 'tag_id IS NOT NULL',
})
@Index('expert_area_product_id_idx', ['productId'], { where: 'product_id IS NOT NULL' })
@Index('expert_area_tag_id_idx', ['tagId'], { where: 'tag_id IS NOT NULL' })
export class ExpertAreaEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: unknown;

  @Column({ type: 'uuid', nullable: true })
  productId!: string | null;

  @ManyToOne('ProductEntity', { onDelete: 'CASCADE' })
  @JoinColumn()
  product?: unknown;

  @Column({ type: 'uuid', nullable: true })
  tagId!: string | null;

  @ManyToOne('TagEntity', { onDelete: 'CASCADE' })
  @JoinColumn()
  tag?: unknown;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
