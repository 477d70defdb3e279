import {
  Check,
  Column,
  Entity,
  JoinColumn,
  OneToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';

/**
 * An expert's time away (holiday): routing and escalations skip them from `awaySince` until
 * `awayUntil` (open-ended when null). No row means available.
 */
@Entity()
@Check('expert_availability_range_check', 'away_until IS NULL OR away_until > away_since')
export class ExpertAvailabilityEntity {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @OneToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: unknown;

  @Column({ type: 'timestamptz' })
  awaySince!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  awayUntil!: Date | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
