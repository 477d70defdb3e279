import type { UserEntity } from '@forum/api/identity';
import {
  CloseReason,
  moderationLimits,
  PostHiddenReason,
  QuestionState,
  questionLimits,
} from '@forum/shared/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { ProductEntity } from '../products/product.entity.js';
import { TagEntity } from '../tags/tag.entity.js';

@Entity()
@Check(
  'question_title_length_check',
  `char_length(title) BETWEEN ${questionLimits.titleMin} AND ${questionLimits.titleMax}`,
)
@Check('question_body_length_check', `char_length(body) <= ${questionLimits.bodyMax}`)
@Check('question_language_check', `language IN ('en', 'de')`)
@Check('question_duplicate_check', `(close_reason = 'duplicate') = (duplicate_of_id IS NOT NULL)`)
@Check('question_hidden_check', '(hidden_at IS NULL) = (hidden_reason IS NULL)')
@Check('question_locked_check', 'locked_by_id IS NULL OR locked_at IS NOT NULL')
@Index('question_product_id_last_activity_at_idx', ['productId', 'lastActivityAt'])
@Index('question_last_activity_at_idx', ['lastActivityAt'])
@Index('question_created_at_idx', ['createdAt'])
@Index('question_author_id_idx', ['authorId'])
@Index('question_score_idx', ['score', 'id'])
@Index('question_product_id_created_at_idx', ['productId', 'createdAt'])
@Index('question_product_id_score_idx', ['productId', 'score'])
@Index('question_duplicate_of_id_idx', ['duplicateOfId'], { where: 'duplicate_of_id IS NOT NULL' })
@Index('question_product_id_pinned_at_idx', ['productId', 'pinnedAt'], {
  where: 'pinned_at IS NOT NULL',
})
@Index('question_hidden_at_idx', ['hiddenAt'], { where: 'hidden_at IS NOT NULL' })
export class QuestionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  productId!: string;

  @ManyToOne(() => ProductEntity, { onDelete: 'RESTRICT' })
  @JoinColumn()
  product?: ProductEntity;

  @Column({ type: 'uuid' })
  authorId!: string;

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT' })
  @JoinColumn()
  author?: UserEntity;

  @Column({ type: 'varchar', length: questionLimits.titleMax })
  title!: string;

  /** Markdown, rendered and sanitised by the web app. */
  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'varchar', length: 5 })
  language!: 'en' | 'de';

  @Column({
    type: 'enum',
    enum: Object.values(QuestionState),
    enumName: 'question_state',
    default: QuestionState.Open,
  })
  state!: QuestionState;

  @Column({
    type: 'enum',
    enum: Object.values(CloseReason),
    enumName: 'question_close_reason',
    nullable: true,
  })
  closeReason!: CloseReason | null;

  @Column({ type: 'uuid', nullable: true })
  duplicateOfId!: string | null;

  @ManyToOne(() => QuestionEntity, { onDelete: 'SET NULL' })
  @JoinColumn()
  duplicateOf?: QuestionEntity | null;

  /** The accepted solution, at most one by construction; the service checks it answers this question. */
  @Column({ type: 'uuid', nullable: true })
  acceptedAnswerId!: string | null;

  @ManyToOne('AnswerEntity', { onDelete: 'SET NULL' })
  @JoinColumn()
  acceptedAnswer?: unknown;

  @Column({ type: 'uuid', nullable: true })
  acceptedById!: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL' })
  @JoinColumn()
  acceptedBy?: UserEntity | null;

  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;

  /** Sum of the vote values, kept in the vote's transaction. */
  @Column({ type: 'integer', default: 0 })
  score!: number;

  @Column({ type: 'integer', default: 0 })
  answerCount!: number;

  @Column({ type: 'integer', default: 0 })
  viewCount!: number;

  @ManyToMany(() => TagEntity)
  @JoinTable({
    name: 'question_tag',
    joinColumn: {
      name: 'question_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'question_tag_question_id_fkey',
    },
    inverseJoinColumn: {
      name: 'tag_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'question_tag_tag_id_fkey',
    },
  })
  tags?: TagEntity[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastActivityAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  closedById!: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL' })
  @JoinColumn()
  closedBy?: UserEntity | null;

  @Column({ type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  deletedById!: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL' })
  @JoinColumn()
  deletedBy?: UserEntity | null;

  /** Hidden questions are seen only by staff and their author (see `PostModeration`). */
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

  /** A locked question takes no new answers or comments, and its posts' authors cannot edit them. */
  @Column({ type: 'timestamptz', nullable: true })
  lockedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  lockedById!: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL' })
  @JoinColumn()
  lockedBy?: UserEntity | null;

  /** Pinned questions lead their product's lists, most recently pinned first. */
  @Column({ type: 'timestamptz', nullable: true })
  pinnedAt!: Date | null;
}
