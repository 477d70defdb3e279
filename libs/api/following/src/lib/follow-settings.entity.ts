import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * Which of a person's own actions make them follow what they acted on. No row means every switch
 * is on, so only people who changed something have one.
 */
@Entity()
export class FollowSettingsEntity {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @OneToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: unknown;

  @Column({ type: 'boolean', default: true })
  followOnAsk!: boolean;

  @Column({ type: 'boolean', default: true })
  followOnAnswer!: boolean;

  @Column({ type: 'boolean', default: true })
  followOnComment!: boolean;

  @Column({ type: 'boolean', default: true })
  followOnIdeaVote!: boolean;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
