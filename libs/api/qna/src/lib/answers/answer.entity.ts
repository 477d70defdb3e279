import type { UserEntity } from '@forum/api/identity';
import { moderationLimits, PostHiddenReason, questionLimits } from '@forum/shared/domain';
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
@Check('answer_hidden_check', '(hidden_at IS NULL) = (hidden_reason IS NULL)')
@Index('answer_question_id_idx', ['questionId'])
@Index('answer_hidden_at_idx', ['hiddenAt'], { where: 'hidden_at IS NOT NULL' })
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

  /** Hidden answers are seen only by staff and their author (see `PostModeration`). */
  @Column({ type: 'timestamptz', nullable: true })
  hiddenAt!: Date | null;

  @Column({
    type: 'enum',
    enum: Object.values(PostHiddenReason),
    enumName: 'post_hidden_reason',
    nullable: true,
  })
  hiddenReason!: PostHiddenReason | null;

  /** Shown to the author with the hidden post. */
  @Column({ type: 'varchar', length: moderationLimits.hiddenNoteMax, nullable: true })
  hiddenNote!: string | null;

  /** Who hid it; null when the system did (a spam rule, flags). */
  @Column({ type: 'uuid', nullable: true })
  hiddenById!: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL' })
  @JoinColumn()
  hiddenBy?: UserEntity | null;
}
