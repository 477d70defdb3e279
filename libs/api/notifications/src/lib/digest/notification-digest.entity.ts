import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/**
 * That a person's digest of one period was handled (sent, or found to have nothing to say). The
 * row is written in the transaction that queues the mail, so a digest job run twice sends one.
 */
@Entity()
export class NotificationDigestEntity {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: unknown;

  /** `daily` or `weekly`. */
  @PrimaryColumn({ type: 'varchar', length: 12 })
  cadence!: string;

  /** The moment the period's digest became due: 08:00 in the person's time zone. */
  @PrimaryColumn({ type: 'timestamptz' })
  periodStart!: Date;

  /** How many items it carried; 0 when there was nothing to say and no mail went out. */
  @Column({ type: 'integer' })
  itemCount!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
