import type { OrganisationEntity } from '@forum/api/identity';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { IdeaEntity } from '../ideas/idea.entity.js';

/**
 * Live votes of an idea per UTC day they were cast. Trending (14 days against the 14 before),
 * votes in a date range and votes per week are sums over a few of these rows, never over votes.
 */
@Entity()
@Index('idea_vote_day_day_idx', ['day'])
export class IdeaVoteDayEntity {
  @PrimaryColumn({ type: 'uuid' })
  ideaId!: string;

  @PrimaryColumn({ type: 'date' })
  day!: string;

  @ManyToOne(() => IdeaEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  idea?: IdeaEntity;

  @Column({ type: 'integer' })
  votes!: number;
}

/** Live votes of an idea per plan and importance (`none` / `unspecified` when absent). */
@Entity()
export class IdeaVoteTallyEntity {
  @PrimaryColumn({ type: 'uuid' })
  ideaId!: string;

  @PrimaryColumn({ type: 'varchar', length: 20 })
  plan!: string;

  @PrimaryColumn({ type: 'varchar', length: 20 })
  importance!: string;

  @ManyToOne(() => IdeaEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  idea?: IdeaEntity;

  @Column({ type: 'integer' })
  votes!: number;
}

/** Live votes of an idea per organisation; its rows are the idea's distinct organisations. */
@Entity()
@Index('idea_organisation_tally_organisation_id_idx', ['organisationId'])
export class IdeaOrganisationTallyEntity {
  @PrimaryColumn({ type: 'uuid' })
  ideaId!: string;

  @PrimaryColumn({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => IdeaEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  idea?: IdeaEntity;

  @ManyToOne('OrganisationEntity', { onDelete: 'CASCADE' })
  @JoinColumn()
  organisation?: OrganisationEntity;

  @Column({ type: 'integer' })
  votes!: number;
}

/**
 * Vote changes not yet folded into the counters above (ADR 0031): a vote transaction only
 * appends here, so votes on one idea never wait for each other. Readers add these rows to the
 * counters in the same statement (the `*_live` views, `IdeaEntity.liveVoteCount`), and
 * `VoteFolder` moves them into the counters after the votes.
 */
@Entity()
@Index('idea_vote_delta_idea_id_idx', ['ideaId'])
@Check('idea_vote_delta_votes_check', 'votes IN (-1, 1)')
export class IdeaVoteDeltaEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'uuid' })
  ideaId!: string;

  @ManyToOne(() => IdeaEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  idea?: IdeaEntity;

  @Column({ type: 'date' })
  day!: string;

  @Column({ type: 'varchar', length: 20 })
  plan!: string;

  @Column({ type: 'varchar', length: 20 })
  importance!: string;

  @Column({ type: 'uuid', nullable: true })
  organisationId!: string | null;

  @ManyToOne('OrganisationEntity', { onDelete: 'CASCADE' })
  @JoinColumn()
  organisation?: OrganisationEntity | null;

  @Column({ type: 'smallint' })
  votes!: number;
}
