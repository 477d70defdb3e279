import type { OrganisationEntity } from '@forum/api/identity';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
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
