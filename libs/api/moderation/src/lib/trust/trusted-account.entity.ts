import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/** An account admins vouched for: its posts skip the spam rules and first-post review. */
@Entity()
export class TrustedAccountEntity {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: unknown;

  @Column({ type: 'uuid', nullable: true })
  trustedById!: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL' })
  @JoinColumn()
  trustedBy?: unknown;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
