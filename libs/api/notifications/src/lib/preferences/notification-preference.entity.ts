import { emailCadences } from '@forum/shared/domain';
import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';

/**
 * How often a person wants e-mail about one kind of notification. Only choices are stored: a
 * kind without a row follows `defaultEmailCadence`, so a changed default reaches everyone who
 * never chose.
 */
@Entity()
@Check(
  'notification_preference_email_cadence_check',
  `email_cadence IN (${emailCadences.map((cadence) => `'${cadence}'`).join(', ')})`,
)
export class NotificationPreferenceEntity {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: unknown;

  @PrimaryColumn({ type: 'varchar', length: 60 })
  kind!: string;

  @Column({ type: 'varchar', length: 12 })
  emailCadence!: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
