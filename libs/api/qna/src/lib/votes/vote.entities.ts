import type { UserEntity } from '@forum/api/identity';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import { AnswerEntity } from '../answers/answer.entity.js';
import { QuestionEntity } from '../questions/question.entity.js';

/** One vote per person per question; the primary key is the invariant. */
@Entity()
@Check('question_vote_value_check', 'value IN (-1, 1)')
@Index('question_vote_user_id_idx', ['userId'])
export class QuestionVoteEntity {
  @PrimaryColumn({ type: 'uuid' })
  questionId!: string;

  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => QuestionEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  question?: QuestionEntity;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: UserEntity;

  @Column({ type: 'smallint' })
  value!: 1 | -1;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** One vote per person per answer. */
@Entity()
@Check('answer_vote_value_check', 'value IN (-1, 1)')
@Index('answer_vote_user_id_idx', ['userId'])
export class AnswerVoteEntity {
  @PrimaryColumn({ type: 'uuid' })
  answerId!: string;

  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => AnswerEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  answer?: AnswerEntity;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: UserEntity;

  @Column({ type: 'smallint' })
  value!: 1 | -1;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
