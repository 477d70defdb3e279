import type { UserEntity } from '@forum/api/identity';
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
 * An asker opened a suggested question from the ask form. When its draft is never posted
 * (`askedQuestionId` stays empty) the suggestion deflected the question: self-service worked.
 */
@Entity()
@Index('suggestion_visit_draft_idx', ['draftId'])
@Index('suggestion_visit_question_idx', ['questionId', 'openedAt'])
export class SuggestionVisitEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: UserEntity;

  /** One ask-form session, chosen by the client. */
  @Column({ type: 'uuid' })
  draftId!: string;

  /** The suggestion that was opened. */
  @Column({ type: 'uuid' })
  questionId!: string;

  @ManyToOne('QuestionEntity', { onDelete: 'CASCADE' })
  @JoinColumn()
  question?: unknown;

  @CreateDateColumn({ type: 'timestamptz' })
  openedAt!: Date;

  /** The question the draft became, when it was posted after all. */
  @Column({ type: 'uuid', nullable: true })
  askedQuestionId!: string | null;
}
