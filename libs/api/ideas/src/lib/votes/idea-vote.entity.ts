import type { OrganisationEntity, UserEntity } from '@forum/api/identity';
import { ideaLimits, type OrganisationPlan, VoteImportance } from '@forum/shared/domain';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { IdeaEntity } from '../ideas/idea.entity.js';

/**
 * One vote: a person's own (`userId`), or one a staff member recorded for a customer organisation
 * heard on a call (`recordedById`, no person). The unique constraint and the partial unique index
 * are the one-vote-per-person and one-recorded-vote-per-organisation invariants.
 */
@Entity()
@Unique('idea_vote_idea_id_user_id_uq', ['ideaId', 'userId'])
@Index('idea_vote_idea_id_organisation_id_recorded_uq', ['ideaId', 'organisationId'], {
  unique: true,
  where: 'recorded_by_id IS NOT NULL',
})
@Index('idea_vote_idea_id_organisation_id_idx', ['ideaId', 'organisationId'])
@Index('idea_vote_user_id_idx', ['userId'])
@Check('idea_vote_voter_check', '(user_id IS NULL) = (recorded_by_id IS NOT NULL)')
@Check(
  'idea_vote_recorded_organisation_check',
  'recorded_by_id IS NULL OR organisation_id IS NOT NULL',
)
@Check('idea_vote_plan_check', "plan IN ('free', 'pro', 'enterprise')")
@Check('idea_vote_reason_length_check', `char_length(reason) <= ${ideaLimits.reasonMax}`)
export class IdeaVoteEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  ideaId!: string;

  @ManyToOne(() => IdeaEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  idea?: IdeaEntity;

  @Column({ type: 'uuid', nullable: true })
  userId!: string | null;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: UserEntity | null;

  /** The voter's organisation when they voted, or the organisation voted for. */
  @Column({ type: 'uuid', nullable: true })
  organisationId!: string | null;

  @ManyToOne('OrganisationEntity', { onDelete: 'SET NULL' })
  @JoinColumn()
  organisation?: OrganisationEntity | null;

  /** The organisation's plan when the vote was cast; insights weigh and segment by it. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  plan!: OrganisationPlan | null;

  @Column({
    type: 'enum',
    enum: Object.values(VoteImportance),
    enumName: 'idea_vote_importance',
    nullable: true,
  })
  importance!: VoteImportance | null;

  /** Why the voter needs it; product managers read it, other customers do not. */
  @Column({ type: 'varchar', length: ideaLimits.reasonMax, nullable: true })
  reason!: string | null;

  /** The staff member who recorded a vote for an organisation. */
  @Column({ type: 'uuid', nullable: true })
  recordedById!: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL' })
  @JoinColumn()
  recordedBy?: UserEntity | null;

  /** Set by the service from its clock; the day bucket it counts in derives from it. */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
