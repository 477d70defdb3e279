import type { UserEntity } from '@forum/api/identity';
import { questionLimits } from '@forum/shared/domain';
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
import { QuestionEntity } from '../questions/question.entity.js';

@Entity()
@Check(
  'answer_body_length_check',
  `char_length(body) BETWEEN ${questionLimits.answerBodyMin} AND ${questionLimits.bodyMax}`,
)
@Index('answer_question_id_idx', ['questionId'])
@Index('answer_author_id_idx', ['authorId'])
export class AnswerEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  questionId!: string;

  @ManyToOne(() => QuestionEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  question?: QuestionEntity;

  @Column({ type: 'uuid' })
  authorId!: string;

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT' })
  @JoinColumn()
  author?: UserEntity;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'integer', default: 0 })
  score!: number;

  /** People who confirmed "worked for me too". */
  @Column({ type: 'integer', default: 0 })
  confirmationCount!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  deletedById!: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL' })
  @JoinColumn()
  deletedBy?: UserEntity | null;
}
