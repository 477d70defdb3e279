import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryColumn,
} from 'typeorm';

/**
 * What the asker of a question told only staff (an order number, an account id, a log excerpt).
 * Kept apart from the question so that nothing built from questions (search documents, e-mails,
 * notifications, revisions) can carry it by accident. No row: the question has none.
 */
@Entity('question_private_details')
@Check('question_private_details_body_check', 'char_length(body) BETWEEN 1 AND 4000')
export class QuestionPrivateDetailsEntity {
  @PrimaryColumn({ type: 'uuid' })
  questionId!: string;

  @OneToOne('QuestionEntity', { onDelete: 'CASCADE' })
  @JoinColumn()
  question?: unknown;

  /** Plain text; line breaks are kept. */
  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'uuid', nullable: true })
  updatedById!: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL' })
  @JoinColumn()
  updatedBy?: unknown;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
