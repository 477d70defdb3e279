import {
  type FlagReason,
  flagReasons,
  type FlagTargetKind,
  flagTargetKinds,
  reviewLimits,
} from '@forum/shared/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { ReviewItemEntity } from '../queue/review-item.entity.js';

/** What became of a flag once its review item was resolved. */
export const FlagOutcome = { Open: 'open', Upheld: 'upheld', Dismissed: 'dismissed' } as const;
export type FlagOutcome = (typeof FlagOutcome)[keyof typeof FlagOutcome];

/** A member's report that something breaks the rules; one per person and target. */
@Entity()
@Index('flag_target_kind_target_id_flagger_id_uq', ['targetKind', 'targetId', 'flaggerId'], {
  unique: true,
})
@Index('flag_review_item_id_idx', ['reviewItemId'])
@Index('flag_flagger_id_idx', ['flaggerId'])
export class FlagEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'enum', enum: flagTargetKinds, enumName: 'flag_target_kind' })
  targetKind!: FlagTargetKind;

  /** The question, answer, comment or person; owned by another domain, so no foreign key. */
  @Column({ type: 'uuid' })
  targetId!: string;

  @Column({ type: 'uuid' })
  flaggerId!: string;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn()
  flagger?: unknown;

  @Column({ type: 'enum', enum: flagReasons, enumName: 'flag_reason' })
  reason!: FlagReason;

  @Column({ type: 'varchar', length: reviewLimits.flagNoteMax, nullable: true })
  note!: string | null;

  /** How much this flag counts towards hiding, fixed when it was cast. */
  @Column({ type: 'integer' })
  weight!: number;

  @Column({ type: 'uuid' })
  reviewItemId!: string;

  @ManyToOne(() => ReviewItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  reviewItem?: ReviewItemEntity;

  @Column({
    type: 'enum',
    enum: Object.values(FlagOutcome),
    enumName: 'flag_outcome',
    default: FlagOutcome.Open,
  })
  outcome!: FlagOutcome;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
