import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A mail the SMTP server accepted, keyed by its job: a retried job finds its row and is not sent
 * a second time. Kept only as long as a job can still be retried (`MailDeliveries.prune`).
 */
@Entity('mail_delivery')
@Index(['sentAt'])
export class MailDeliveryRecordEntity {
  /** The queue job's id: the same for every attempt of one mail, and its Message-ID. */
  @PrimaryColumn({ type: 'uuid' })
  jobId!: string;

  @Column({ type: 'timestamptz' })
  sentAt!: Date;
}
