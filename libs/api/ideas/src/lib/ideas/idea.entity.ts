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
  VirtualColumn,
} from 'typeorm';

/**
 * An idea's exact vote or organisation count, as a subquery on the idea `alias`: the folded
 * count plus the vote changes not folded yet (ADR 0031), in the reader's own statement.
 */
export function liveCounter(counter: 'vote_count' | 'organisation_count', alias: string): string {
  return `SELECT c.${counter} FROM idea_counter_live c WHERE c.idea_id = ${alias}.id`;
}

/**
 * A feature idea. Its demand counters are kept in the transaction of every link and merge (under
 * this row's lock); its vote counters are folded from the votes' counter changes (ADR 0031). Lists
 * and insights read them instead of counting votes.
 */
@Entity()
@Check(
  'idea_title_length_check',
  `char_length(title) BETWEEN ${ideaLimits.titleMin} AND ${ideaLimits.titleMax}`,
)
@Check('idea_description_length_check', `char_length(description) <= ${ideaLimits.descriptionMax}`)
@Check('idea_not_merged_into_itself_check', 'merged_into_id IS NULL OR merged_into_id <> id')
@Check('idea_counters_check', 'vote_count >= 0 AND organisation_count >= 0')
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

  /** Votes folded into this row so far; `liveVoteCount` adds the changes not folded yet. */
  @Column({ name: 'vote_count', type: 'integer', default: 0, select: false })
  foldedVoteCount!: number;

  @Column({ name: 'organisation_count', type: 'integer', default: 0, select: false })
  foldedOrganisationCount!: number;

  /** Votes of people and of organisations recorded by staff, exact when read. */
  @VirtualColumn({ type: 'integer', query: (idea) => liveCounter('vote_count', idea) })
  liveVoteCount!: number;

  /** Distinct organisations among the votes, exact when read. */
  @VirtualColumn({ type: 'integer', query: (idea) => liveCounter('organisation_count', idea) })
  liveOrganisationCount!: number;

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
