import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * The installation's moderation settings: one row (id 1), created with the defaults by the
 * migration. Admins change it through `updateModerationSettings`.
 */
@Entity()
@Check('moderation_settings_single_row_check', 'id = 1')
export class ModerationSettingsEntity {
  @PrimaryColumn({ type: 'smallint', default: 1 })
  id!: number;

  /** Open flags of this summed weight hide a question or answer until it is reviewed. */
  @Column({ type: 'integer', default: 4 })
  flagHideWeight!: number;

  /** Below this reputation an account counts as new (spam rules, first-post review). */
  @Column({ type: 'integer', default: 10 })
  newAccountReputation!: number;

  /** Younger than this many days an account counts as new. */
  @Column({ type: 'integer', default: 7 })
  newAccountDays!: number;

  @Column({ type: 'boolean', default: true })
  linkRuleEnabled!: boolean;

  /** A new account's post with at least this many links is held. */
  @Column({ type: 'integer', default: 3 })
  maxLinks!: number;

  @Column({ type: 'boolean', default: true })
  repeatRuleEnabled!: boolean;

  /** A new account's post repeating one of its posts from this many days is held. */
  @Column({ type: 'integer', default: 7 })
  repeatWindowDays!: number;

  @Column({ type: 'boolean', default: true })
  typingRuleEnabled!: boolean;

  /** A new account writing faster than this since its previous post is held. */
  @Column({ type: 'integer', default: 25 })
  maxCharactersPerSecond!: number;

  /** Whether a new account's first post that no rule held is queued (it stays public). */
  @Column({ type: 'boolean', default: true })
  firstPostReviewEnabled!: boolean;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
