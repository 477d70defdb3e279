import {
  type FlagTargetKind,
  flagTargetKinds,
  type ReviewAction,
  reviewActions,
  type ReviewCause,
  reviewCauses,
  reviewLimits,
  type ReviewStatus,
  reviewStatuses,
} from '@forum/shared/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/**
 * Something a reviewer should look at: a flagged post or person, a post a spam rule held, or a
 * new account's first post. At most one open item per target; later flags add to it.
 */
@Entity()
@Index('review_item_open_target_uq', ['targetKind', 'targetId'], {
  unique: true,
  where: `status = 'open'`,
})
@Index('review_item_status_created_at_idx', ['status', 'createdAt'])
@Check(
  'review_item_resolution_check',
  `(status = 'open') = (resolved_at IS NULL) AND (status = 'open') = (resolution_action IS NULL)`,
)
export class ReviewItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'enum', enum: flagTargetKinds, enumName: 'review_target_kind' })
  targetKind!: FlagTargetKind;

  @Column({ type: 'uuid' })
  targetId!: string;

  /** Who wrote the post or comment; the person, for a profile. */
  @Column({ type: 'uuid' })
  authorId!: string;

  /** The post's product area, which experts' areas are matched against; null for profiles. */
  @Column({ type: 'uuid', nullable: true })
  productId!: string | null;

  @Column({ type: 'enum', enum: reviewCauses, enumName: 'review_cause' })
  cause!: ReviewCause;

  @Column({
    type: 'enum',
    enum: reviewStatuses,
    enumName: 'review_status',
    default: 'open',
  })
  status!: ReviewStatus;

  /** The spam rule that held the post, for cause `spam_rule`. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  spamRule!: string | null;

  @Column({ type: 'integer', default: 0 })
  flagCount!: number;

  /** The summed weight of the item's open flags. */
  @Column({ type: 'integer', default: 0 })
  flagWeight!: number;

  /** Whether any flag asks for staff (`needs_staff`); experts review those in their areas. */
  @Column({ type: 'boolean', default: false })
  needsStaff!: boolean;

  /** When the flags reached the hiding weight and hid the post; hiding happens once per item. */
  @Column({ type: 'timestamptz', nullable: true })
  hiddenByFlagsAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  claimedById!: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL' })
  @JoinColumn()
  claimedBy?: unknown;

  @Column({ type: 'timestamptz', nullable: true })
  claimedUntil!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  resolvedById!: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL' })
  @JoinColumn()
  resolvedBy?: unknown;

  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  @Column({ type: 'enum', enum: reviewActions, enumName: 'review_action', nullable: true })
  resolutionAction!: ReviewAction | null;

  @Column({ type: 'varchar', length: reviewLimits.resolutionReasonMax, nullable: true })
  resolutionReason!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
