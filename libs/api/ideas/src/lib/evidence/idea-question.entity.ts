import type { UserEntity } from '@forum/api/identity';
import type { QuestionEntity } from '@forum/api/qna';
import {
  CreateDateColumn,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import { IdeaEntity } from '../ideas/idea.entity.js';

/** A question that asks for what an idea describes, linked by an expert or product manager. */
@Entity()
@Index('idea_question_question_id_idx', ['questionId'])
export class IdeaQuestionEntity {
  @PrimaryColumn({ type: 'uuid' })
  ideaId!: string;

  @PrimaryColumn({ type: 'uuid' })
  questionId!: string;

  @ManyToOne(() => IdeaEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  idea?: IdeaEntity;

  @ManyToOne('QuestionEntity', { onDelete: 'CASCADE' })
  @JoinColumn()
  question?: QuestionEntity;

  @Column({ type: 'uuid' })
  linkedById!: string;

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT' })
  @JoinColumn()
  linkedBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
