import type { UserEntity } from '@forum/api/identity';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { AnswerEntity } from '../answers/answer.entity.js';
import { QuestionEntity } from '../questions/question.entity.js';

/** The text of a question or answer before one edit: who changed it, when, and what it said. */
@Entity()
@Check('post_revision_parent_check', '(question_id IS NULL) <> (answer_id IS NULL)')
@Index('post_revision_question_id_idx', ['questionId'])
@Index('post_revision_answer_id_idx', ['answerId'])
export class PostRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', nullable: true })
  questionId!: string | null;

  @ManyToOne(() => QuestionEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  question?: QuestionEntity;

  @Column({ type: 'uuid', nullable: true })
  answerId!: string | null;

  @ManyToOne(() => AnswerEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  answer?: AnswerEntity;

  @Column({ type: 'uuid' })
  editorId!: string;

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT' })
  @JoinColumn()
  editor?: UserEntity;

  /** Previous title (questions only). */
  @Column({ type: 'text', nullable: true })
  previousTitle!: string | null;

  @Column({ type: 'text' })
  previousBody!: string;

  /** Previous tag slugs (questions only). */
  @Column({ type: 'text', array: true, nullable: true })
  previousTags!: string[] | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
