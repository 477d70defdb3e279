import type { UserEntity } from '@forum/api/identity';
import type { ProductEntity } from '@forum/api/qna';
import { IdeaStatus, ideaLimits } from '@forum/shared/domain';
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

/**
 * A feature idea. The counters are kept in the transaction of every vote, link and merge (under
 * this row's lock), so lists and insights read them instead of counting votes.
 */
@Entity()
@Check(
  'idea_title_length_check',
  `char_length(title) BETWEEN ${ideaLimits.titleMin} AND ${ideaLimits.titleMax}`,
)
@Check('idea_description_length_check', `char_length(description) <= ${ideaLimits.descriptionMax}`)
@Check('idea_not_merged_into_itself_check', 'merged_into_id IS NULL OR merged_into_id <> id')
@Check('idea_counters_check', 'vote_count >= 0 AND organisation_count >= 0')
@Index('idea_vote_count_idx', ['voteCount'])
@Index('idea_created_at_idx', ['createdAt'])
@Index('idea_product_id_idx', ['productId'])
@Index('idea_merged_into_id_idx', ['mergedIntoId'])
export class IdeaEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  productId!: string;

  @ManyToOne('ProductEntity', { onDelete: 'RESTRICT' })
  @JoinColumn()
  product?: ProductEntity;

  @Column({ type: 'uuid' })
  authorId!: string;

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT' })
  @JoinColumn()
  author?: UserEntity;

  @Column({ type: 'varchar', length: ideaLimits.titleMax })
  title!: string;

  /** Markdown, rendered and sanitised by the web app. */
  @Column({ type: 'text' })
  description!: string;

  @Column({
    type: 'enum',
    enum: Object.values(IdeaStatus),
    enumName: 'idea_status',
    default: IdeaStatus.UnderReview,
  })
  status!: IdeaStatus;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  statusChangedAt!: Date;

  /** Votes of people and of organisations recorded by staff. */
  @Column({ type: 'integer', default: 0 })
  voteCount!: number;

  /** Distinct organisations among the votes. */
  @Column({ type: 'integer', default: 0 })
  organisationCount!: number;

  @Column({ type: 'integer', default: 0 })
  commentCount!: number;

  /** Demand from questions: linked questions, their distinct askers and askers' organisations. */
  @Column({ type: 'integer', default: 0 })
  linkedQuestionCount!: number;

  @Column({ type: 'integer', default: 0 })
  askerCount!: number;

  @Column({ type: 'integer', default: 0 })
  askerOrganisationCount!: number;

  /** Set when a product manager merged this idea into another; it then redirects there. */
  @Column({ type: 'uuid', nullable: true })
  mergedIntoId!: string | null;

  @ManyToOne(() => IdeaEntity, { onDelete: 'SET NULL' })
  @JoinColumn()
  mergedInto?: IdeaEntity | null;

  @Column({ type: 'timestamptz', nullable: true })
  mergedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
