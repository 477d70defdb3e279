import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';

/**
 * Something a person should know about, shown in the app until they mark it read. Bursts about
 * the same subject coalesce: while one is unread, the next of its kind and subject raises its
 * `count` and moves it to the top instead of adding a row.
 */
@Entity()
@Index('notification_user_id_created_at_idx', ['userId', 'createdAt'])
// Finds the notifications that name a post (`payload @> '{"answerId": …}'`) when it is hidden.
@Index('notification_payload_idx', { synchronize: false })
@Index('notification_unread_subject_key', ['userId', 'kind', 'subjectKey'], {
  unique: true,
  where: 'read_at IS NULL AND subject_key IS NOT NULL',
})
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: unknown;

  /** What happened, e.g. `idea.status_changed`; the web app picks the words by it. */
  @Column({ type: 'varchar', length: 60 })
  kind!: string;

  /** What the words need (ids, titles), shaped by `kind`; the latest event's when coalesced. */
  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  /** Who caused the (latest) event; null for the system or a deleted account. */
  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL' })
  @JoinColumn()
  actor?: unknown;

  /** What unread notifications of the same kind coalesce on, e.g. `question:<id>`. */
  @Column({ type: 'varchar', length: 120, nullable: true })
  subjectKey!: string | null;

  /** How many events this notification stands for ("3 new answers"). */
  @Column({ type: 'integer', default: 1 })
  count!: number;

  /** When the latest event it stands for happened. */
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;
}

/**
 * That a person was told about an event: at most one per person and event, whatever retries,
 * replays or concurrent workers do.
 */
@Entity()
export class NotificationReceiptEntity {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: unknown;

  /** The event, e.g. `answer.posted:<answer id>`. */
  @PrimaryColumn({ type: 'varchar', length: 200 })
  eventKey!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
