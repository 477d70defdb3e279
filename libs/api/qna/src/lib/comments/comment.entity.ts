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
} from 'typeorm';
import { AnswerEntity } from '../answers/answer.entity.js';
import { QuestionEntity } from '../questions/question.entity.js';

/** A short plain-text remark on a question or on an answer (exactly one of them). */
@Entity()
@Check('comment_parent_check', '(question_id IS NULL) <> (answer_id IS NULL)')
@Check('comment_body_length_check', `char_length(body) BETWEEN 2 AND ${questionLimits.commentMax}`)
@Index('comment_question_id_idx', ['questionId'])
@Index('comment_answer_id_idx', ['answerId'])
export class CommentEntity {
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
  authorId!: string;

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT' })
  @JoinColumn()
  author?: UserEntity;

  /** Plain text; the web app turns URLs into links and nothing else. */
  @Column({ type: 'varchar', length: questionLimits.commentMax })
  body!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;
}
